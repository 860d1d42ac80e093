package vn.opendvc.catalog.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.opendvc.catalog.CheckRule;
import vn.opendvc.catalog.Procedure;
import vn.opendvc.catalog.ProcedureCatalog;
import vn.opendvc.catalog.ProcedureChecks;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.web.Message;
import vn.opendvc.web.Problem;
import vn.opendvc.web.Problems;

/**
 * An ADMIN adds and removes a procedure's pre-submission rules on a page: the choices are the procedure's own fields
 * and documents, and a rule is saved through the same {@link ProcedureChecks#replace} as the API, so the page refuses
 * what the API refuses (shown next to the form).
 */
@Controller
@RequestMapping("/admin/catalog/procedures/{id}/check-rules")
@PreAuthorize("hasRole('ADMIN')")
class CheckRulePage {

    private static final String TODAY = "today";

    private final ProcedureCatalog catalog;
    private final ProcedureChecks checks;

    CheckRulePage(ProcedureCatalog catalog, ProcedureChecks checks) {
        this.catalog = catalog;
        this.checks = checks;
    }

    @GetMapping
    String rules(@PathVariable long id, Model model) {
        return show(procedure(id), new CheckRuleForm(), Map.of(), model);
    }

    @PostMapping
    String add(@PathVariable long id, CheckRuleForm form, CurrentUser admin, Model model,
            RedirectAttributes redirect) {
        Procedure procedure = procedure(id);
        Map<String, Message> errors = form.errors();
        if (errors.isEmpty()) {
            List<CheckRule> rules = new ArrayList<>(checks.rules(id));
            rules.add(form.toRule());
            try {
                checks.replace(id, rules, admin.accountId());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/admin/catalog/procedures/" + id + "/check-rules";
            } catch (Problem refused) {
                errors = Map.of("rules", refused.detailMessage());
            }
        }
        return show(procedure, form, errors, model);
    }

    @PostMapping("/{index}/delete")
    String delete(@PathVariable long id, @PathVariable int index, CurrentUser admin, RedirectAttributes redirect) {
        procedure(id);
        List<CheckRule> rules = new ArrayList<>(checks.rules(id));
        if (index >= 0 && index < rules.size()) {
            rules.remove(index);
            checks.replace(id, rules, admin.accountId());
            redirect.addFlashAttribute("deleted", true);
        }
        return "redirect:/admin/catalog/procedures/" + id + "/check-rules";
    }

    private String show(Procedure procedure, CheckRuleForm form, Map<String, Message> errors, Model model) {
        Map<String, String> labels = new LinkedHashMap<>();
        procedure.formFields().forEach(f -> labels.put(f.key(), f.label()));
        model.addAttribute("procedure", procedure);
        model.addAttribute("rules", checks.rules(procedure.id()).stream()
                .map(r -> CheckRuleForm.describe(r, labels)).toList());
        model.addAttribute("kinds", CheckRule.Kind.values());
        model.addAttribute("fieldKeys", List.copyOf(labels.keySet()));
        model.addAttribute("fieldLabels", labels.entrySet().stream().map(e -> e.getValue() + " (" + e.getKey() + ")")
                .toList());
        // a date rule may compare with the day of the check
        model.addAttribute("dateKeys", Stream.concat(labels.keySet().stream(), Stream.of(TODAY)).toList());
        model.addAttribute("documents", procedure.documents().stream().map(Procedure.RequiredDocument::name).toList());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "catalog/check-rules";
    }

    private Procedure procedure(long id) {
        return catalog.find(id)
                .orElseThrow(() -> Problems.notFound(Message.of("catalog.problem.procedure"), id));
    }
}
