package vn.opendvc.workflow.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.opendvc.calendar.WorkingCalendar;
import vn.opendvc.catalog.Procedure;
import vn.opendvc.catalog.ProcedureCatalog;
import vn.opendvc.catalog.ProcedureQuery;
import vn.opendvc.catalog.ProcedureSummary;
import vn.opendvc.identity.Role;
import vn.opendvc.workflow.InvalidSteps;
import vn.opendvc.workflow.ProcessingStep;
import vn.opendvc.workflow.ProcessingSteps;
import vn.opendvc.workflow.StepChange;
import vn.opendvc.workflow.UnknownProcedure;

/**
 * ADMIN pages for the internal processing steps: the procedures with configured steps plus a catalog search, and the
 * step editor of one procedure. Adding, removing and moving rows re-renders the form without saving (no script
 * needed); saving validates everything and saves nothing when a rule is broken.
 */
@Controller
@RequestMapping("/admin/workflow")
@PreAuthorize("hasRole('ADMIN')")
class WorkflowAdminPage {

    static final List<Role> ROLES = List.of(Role.RECEIVER, Role.SPECIALIST, Role.LEADER);

    private final ProcessingSteps steps;
    private final ProcedureCatalog catalog;
    private final WorkingCalendar calendar;
    private final MessageSource messages;

    WorkflowAdminPage(ProcessingSteps steps, ProcedureCatalog catalog, WorkingCalendar calendar,
            MessageSource messages) {
        this.steps = steps;
        this.catalog = catalog;
        this.calendar = calendar;
        this.messages = messages;
    }

    record ConfiguredRow(ProcedureSummary procedure, int steps, StepChange lastChange) {
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, Model model) {
        List<ConfiguredRow> configured = new ArrayList<>();
        for (long id : steps.configuredProcedures()) {
            Optional<Procedure> procedure = catalog.find(id);
            if (procedure.isPresent()) {
                List<StepChange> changes = steps.changes(id);
                configured.add(new ConfiguredRow(procedure.get().summary(), steps.of(id).size(),
                        changes.isEmpty() ? null : changes.getFirst()));
            }
        }
        model.addAttribute("configured", configured);
        String text = q == null ? "" : q.strip();
        model.addAttribute("q", text);
        if (!text.isEmpty()) {
            ProcedureCatalog.SearchResult result = catalog.search(
                    new ProcedureQuery(text, null, null, null, null, null, 0, 20));
            model.addAttribute("result", result);
        }
        model.addAttribute("zone", calendar.zone());
        return "workflow/admin-list";
    }

    @GetMapping("/{procedureId}")
    String edit(@PathVariable long procedureId, Model model) {
        Procedure procedure = procedure(procedureId);
        List<StepRow> rows = steps.of(procedureId).stream()
                .map(s -> new StepRow(s.name(), s.role().name(), Integer.toString(s.sharePercent())))
                .toList();
        return editor(procedure, rows, new Errors(), false, model);
    }

    /**
     * The step editor's form. {@code op} is {@code save}, {@code add}, or {@code up:i}, {@code down:i},
     * {@code remove:i} (0-based row); only {@code save} writes.
     */
    @PostMapping("/{procedureId}")
    String submit(@PathVariable long procedureId, @RequestParam MultiValueMap<String, String> form,
            Authentication authentication, RedirectAttributes redirect, Model model, Locale locale) {
        Procedure procedure = procedure(procedureId);
        List<StepRow> rows = rows(form);
        String op = Optional.ofNullable(form.getFirst("op")).orElse("save");
        if (!op.equals("save")) {
            return editor(procedure, edited(rows, op), new Errors(), true, model);
        }
        Errors errors = new Errors();
        List<ProcessingStep> parsed = parse(rows, errors, locale);
        for (InvalidSteps.Violation v : steps.check(parsed)) {
            if (!(v.row() != null && "share".equals(v.field()) && errors.unparsedShares.contains(v.row()))) {
                errors.add(v, text(v, locale));
            }
        }
        if (errors.isEmpty()) {
            try {
                steps.replace(procedureId, parsed, authentication.getName());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/admin/workflow/" + procedureId;
            } catch (InvalidSteps e) {
                e.violations().forEach(v -> errors.add(v, text(v, locale)));
            }
        }
        return editor(procedure, rows, errors, true, model);
    }

    @PostMapping("/{procedureId}/reset")
    String reset(@PathVariable long procedureId, Authentication authentication, RedirectAttributes redirect) {
        procedure(procedureId);
        steps.reset(procedureId, authentication.getName());
        redirect.addFlashAttribute("reset", true);
        return "redirect:/admin/workflow/" + procedureId;
    }

    /** What the editor shows next to the fields ({@code row.field}) and above the table. */
    static final class Errors {
        final Map<String, List<String>> fields = new LinkedHashMap<>();
        final List<String> general = new ArrayList<>();
        final Set<Integer> unparsedShares = new HashSet<>();

        void add(InvalidSteps.Violation v, String text) {
            if (v.row() != null && v.field() != null) {
                fields.computeIfAbsent(v.row() + "." + v.field(), k -> new ArrayList<>()).add(text);
            } else {
                general.add(text);
            }
        }

        public boolean isEmpty() {
            return fields.isEmpty() && general.isEmpty();
        }

        public Map<String, List<String>> getFields() {
            return fields;
        }

        public List<String> getGeneral() {
            return general;
        }

        public int getCount() {
            return general.size() + fields.values().stream().mapToInt(List::size).sum();
        }
    }

    private String editor(Procedure procedure, List<StepRow> rows, Errors errors, boolean unsaved, Model model) {
        model.addAttribute("procedure", procedure);
        model.addAttribute("rows", rows);
        model.addAttribute("days", rows.stream().map(r -> days(procedure, r)).toList());
        model.addAttribute("errors", errors);
        model.addAttribute("unsaved", unsaved);
        model.addAttribute("isDefault", steps.isDefault(procedure.id()));
        model.addAttribute("roles", ROLES);
        model.addAttribute("changes", steps.changes(procedure.id()));
        model.addAttribute("zone", calendar.zone());
        return "workflow/admin-steps";
    }

    private Procedure procedure(long procedureId) {
        return catalog.find(procedureId).orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, new UnknownProcedure(procedureId).getMessage()));
    }

    private static List<StepRow> rows(MultiValueMap<String, String> form) {
        List<String> names = form.getOrDefault("name", List.of());
        List<String> roles = form.getOrDefault("role", List.of());
        List<String> shares = form.getOrDefault("share", List.of());
        int n = Math.min(Math.max(names.size(), Math.max(roles.size(), shares.size())), ProcessingSteps.MAX_STEPS + 1);
        List<StepRow> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rows.add(new StepRow(at(names, i), at(roles, i), at(shares, i)));
        }
        return rows;
    }

    private static String at(List<String> values, int i) {
        return i < values.size() && values.get(i) != null ? values.get(i) : "";
    }

    private static List<StepRow> edited(List<StepRow> rows, String op) {
        List<StepRow> result = new ArrayList<>(rows);
        if (op.equals("add")) {
            if (result.size() < ProcessingSteps.MAX_STEPS) {
                result.add(result.size() >= 2 ? result.size() - 1 : result.size(), StepRow.blank());
            }
            return result;
        }
        String[] parts = op.split(":", 2);
        int i;
        try {
            i = parts.length == 2 ? Integer.parseInt(parts[1]) : -1;
        } catch (NumberFormatException e) {
            i = -1;
        }
        if (i < 0 || i >= result.size()) {
            return result;
        }
        switch (parts[0]) {
            case "up" -> {
                if (i > 0) {
                    Collections.swap(result, i, i - 1);
                }
            }
            case "down" -> {
                if (i < result.size() - 1) {
                    Collections.swap(result, i, i + 1);
                }
            }
            case "remove" -> result.remove(i);
            default -> {
            }
        }
        return result;
    }

    private List<ProcessingStep> parse(List<StepRow> rows, Errors errors, Locale locale) {
        List<ProcessingStep> parsed = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            StepRow row = rows.get(i);
            Role role = ROLES.stream().filter(r -> r.name().equals(row.role())).findFirst().orElse(null);
            int share;
            try {
                share = Integer.parseInt(row.share().strip());
            } catch (NumberFormatException e) {
                share = -1;
                errors.unparsedShares.add(i);
                InvalidSteps.Violation v = new InvalidSteps.Violation(i, "share", "shareNotNumber", List.of(i + 1),
                        "Bước " + (i + 1) + ": tỷ lệ thời gian phải là số nguyên từ 0 đến 100.");
                errors.add(v, text(v, locale));
            }
            parsed.add(new ProcessingStep(i + 1, row.name(), role, share));
        }
        return parsed;
    }

    private String text(InvalidSteps.Violation v, Locale locale) {
        return messages.getMessage("workflow.error." + v.code(), v.arguments().toArray(), v.message(), locale);
    }

    /** The step's share of the legal time in working days, e.g. "1,5"; empty when the time is unknown. */
    private static String days(Procedure procedure, StepRow row) {
        if (procedure.processingDays() == null) {
            return "";
        }
        try {
            int share = Integer.parseInt(row.share().strip());
            if (share < 0 || share > 100) {
                return "";
            }
            return BigDecimal.valueOf(procedure.processingDays()).multiply(BigDecimal.valueOf(share))
                    .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return "";
        }
    }
}
