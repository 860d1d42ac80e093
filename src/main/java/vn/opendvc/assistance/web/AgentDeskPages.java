package vn.opendvc.assistance.web;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import vn.opendvc.agency.Agency;
import vn.opendvc.agency.AgencyDirectory;
import vn.opendvc.assistance.internal.AgentFees;
import vn.opendvc.assistance.internal.ConsentDesk;
import vn.opendvc.assistance.internal.ConsentLog;
import vn.opendvc.catalog.Procedure;
import vn.opendvc.catalog.ProcedureCatalog;
import vn.opendvc.catalog.ProcedureQuery;
import vn.opendvc.identity.Accounts;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.identity.PersonalIdNumber;
import vn.opendvc.web.Message;
import vn.opendvc.web.Problem;

/**
 * The agent's desk in pages: step 1 finds the procedure and asks for the citizen's consent (a code goes to the
 * citizen's own phone), step 2 takes the code the citizen reads out and starts the citizen's draft, which the agent
 * then fills in ({@link AssistedDraftPages}). A refusal comes back next to its field with the desk's status (400 or
 * 409), never as an error page.
 */
@Controller
@RequestMapping("/agent")
@PreAuthorize("hasRole('AGENT')")
class AgentDeskPages {

    static final int RECENT = 20;

    private final ConsentDesk desk;
    private final ConsentLog log;
    private final ProcedureCatalog catalog;
    private final AgencyDirectory agencies;
    private final Accounts accounts;
    private final Clock clock;
    private final AgentFees fees;

    AgentDeskPages(ConsentDesk desk, ConsentLog log, ProcedureCatalog catalog, AgencyDirectory agencies,
            Accounts accounts, Clock clock, AgentFees fees) {
        this.desk = desk;
        this.log = log;
        this.catalog = catalog;
        this.agencies = agencies;
        this.accounts = accounts;
        this.clock = clock;
        this.fees = fees;
    }

    /**
     * One line of the agent's recent consents; the citizen only by the last digits of the ID number; the agent's
     * service fee once the dossier exists.
     */
    record Recent(long id, String citizen, String procedureName, Instant createdAt, ConsentLog.State state,
            Long dossierId, AgentFees.Fee fee) {
    }

    @GetMapping
    String desk(@RequestParam(required = false) String q, @RequestParam(required = false) Long procedure,
            CurrentUser agent, Model model) {
        Procedure chosen = procedure == null ? null : configured(procedure)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return desk(agent, q, chosen, ConsentForm.empty(procedure), Map.of(), model);
    }

    @PostMapping("/consents")
    String request(@ModelAttribute ConsentForm form, CurrentUser agent, Model model, HttpServletResponse response) {
        Procedure procedure = form.procedureId() == null ? null : configured(form.procedureId()).orElse(null);
        Map<String, Message> errors = new LinkedHashMap<>();
        if (PersonalIdNumber.normalize(form.idNumber()).isEmpty()) {
            errors.put("idNumber", Message.of("assistance.page.invalid.idNumber"));
        }
        if (procedure == null || agencies.ofKind(procedure.agencyKind()).stream().map(Agency::code)
                .noneMatch(code -> code.equals(form.agencyCode()))) {
            errors.put("agencyCode", Message.of("assistance.invalid.procedure"));
        }
        try {
            if (errors.isEmpty()) {
                return "redirect:/agent/consents/" + desk.request(agent, form.toRequest()).consentId();
            }
            model.addAttribute("problem", Message.of("assistance.page.fix"));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        } catch (Problem problem) {
            model.addAttribute("problem", problem.fieldErrors().isEmpty() ? problem.detailMessage()
                    : Message.of("assistance.page.fix"));
            problem.fieldErrors().forEach((field, message) -> errors.put(
                    field.equals("procedureId") ? "agencyCode" : field, message));
            response.setStatus(problem.getStatusCode().value());
        }
        return desk(agent, null, procedure, form, errors, model);
    }

    /** Step 2, while the code is awaited; a consent already given leads to its dossier. */
    @GetMapping("/consents/{id}")
    String code(@PathVariable long id, CurrentUser agent, Model model) {
        ConsentLog.Consent consent = consent(agent, id);
        if (consent.dossierId() != null) {
            return "redirect:/agent/dossiers/" + consent.dossierId();
        }
        return code(consent, Map.of(), model);
    }

    @PostMapping("/consents/{id}/confirm")
    String confirm(@PathVariable long id, @RequestParam(required = false) String code, CurrentUser agent, Model model,
            HttpServletResponse response) {
        try {
            return "redirect:/agent/dossiers/" + desk.confirm(agent, id, code).dossier().id();
        } catch (Problem problem) {
            model.addAttribute("problem", problem.detailMessage());
            response.setStatus(problem.getStatusCode().value());
            return code(consent(agent, id), problem.fieldErrors(), model); // as it is now: wrong tries count
        }
    }

    private String desk(CurrentUser agent, String q, Procedure procedure, ConsentForm form,
            Map<String, Message> errors, Model model) {
        if (procedure == null && q != null && !q.isBlank()) {
            model.addAttribute("results", catalog.search(
                    new ProcedureQuery(q.strip(), null, null, null, null, true, 0, RECENT)).items());
        }
        model.addAttribute("q", q);
        model.addAttribute("procedure", procedure);
        model.addAttribute("agencies", procedure == null ? List.of() : agencies.ofKind(procedure.agencyKind()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        Instant now = clock.instant();
        List<ConsentLog.Consent> recent = log.recent(agent, RECENT);
        Map<Long, AgentFees.Fee> fee = fees.ofDossiers(agent,
                recent.stream().map(ConsentLog.Consent::dossierId).filter(Objects::nonNull).toList());
        model.addAttribute("recent", recent.stream()
                .map(c -> new Recent(c.id(), maskedCitizen(c.citizenId()), procedureName(c.procedureId()),
                        c.createdAt(), c.state(now), c.dossierId(),
                        c.dossierId() == null ? null : fee.get(c.dossierId())))
                .toList());
        return "assistance/desk";
    }

    private String code(ConsentLog.Consent consent, Map<String, Message> errors, Model model) {
        model.addAttribute("consent", consent);
        model.addAttribute("state", consent.state(clock.instant()));
        model.addAttribute("citizen", maskedCitizen(consent.citizenId()));
        model.addAttribute("procedureName", procedureName(consent.procedureId()));
        model.addAttribute("errors", errors);
        return "assistance/code";
    }

    private ConsentLog.Consent consent(CurrentUser agent, long id) {
        return log.find(agent, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Optional<Procedure> configured(long id) {
        return catalog.find(id).filter(Procedure::configured);
    }

    private String procedureName(long id) {
        return catalog.find(id).map(Procedure::name).orElse("");
    }

    /** {@code ••••••••4567}: enough for the agent to tell the citizens apart, no more. */
    private String maskedCitizen(long citizenId) {
        String number = accounts.find(citizenId).map(CurrentUser::personalId).orElse("");
        return number.length() < 4 ? "" : "•".repeat(number.length() - 4) + number.substring(number.length() - 4);
    }
}
