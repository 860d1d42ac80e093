package vn.opendvc.assistance.web;

import java.util.Map;

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

import vn.opendvc.assistance.internal.ConsentDesk;
import vn.opendvc.assistance.internal.ConsentLog;
import vn.opendvc.catalog.Procedure;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.web.Message;
import vn.opendvc.web.Problem;

/**
 * The agent's desk in pages: step 1 finds the procedure and asks for the citizen's consent (a code goes to the
 * citizen's own phone), step 2 takes the code the citizen reads out and starts the citizen's draft, which the agent
 * then fills in ({@link AssistedDraftPages}). A citizen without phone or e-mail signs a printed slip instead
 * ({@link ConsentSlipPages}). A refusal comes back next to its field with the desk's status (400 or 409), never as an
 * error page.
 */
@Controller
@RequestMapping("/agent")
@PreAuthorize("hasRole('AGENT')")
class AgentDeskPages {

    private final ConsentDesk desk;
    private final ConsentLog log;
    private final DeskView view;

    AgentDeskPages(ConsentDesk desk, ConsentLog log, DeskView view) {
        this.desk = desk;
        this.log = log;
        this.view = view;
    }

    @GetMapping
    String desk(@RequestParam(required = false) String q, @RequestParam(required = false) Long procedure,
            CurrentUser agent, Model model) {
        Procedure chosen = procedure == null ? null : view.configured(procedure)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return view.desk(agent, q, chosen, ConsentForm.empty(procedure), Map.of(), model);
    }

    @PostMapping("/consents")
    String request(@ModelAttribute ConsentForm form, CurrentUser agent, Model model, HttpServletResponse response) {
        Procedure procedure = form.procedureId() == null ? null : view.configured(form.procedureId()).orElse(null);
        Map<String, Message> errors = view.errors(form, procedure);
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
        return view.desk(agent, null, procedure, form, errors, model);
    }

    /** Step 2, while the code is awaited; a consent already given leads to its dossier. */
    @GetMapping("/consents/{id}")
    String code(@PathVariable long id, CurrentUser agent, Model model) {
        ConsentLog.Consent consent = consent(agent, id);
        if (consent.dossierId() != null) {
            return "redirect:/agent/dossiers/" + consent.dossierId();
        }
        return view.code(consent, Map.of(), model);
    }

    @PostMapping("/consents/{id}/confirm")
    String confirm(@PathVariable long id, @RequestParam(required = false) String code, CurrentUser agent, Model model,
            HttpServletResponse response) {
        try {
            return "redirect:/agent/dossiers/" + desk.confirm(agent, id, code).dossier().id();
        } catch (Problem problem) {
            model.addAttribute("problem", problem.detailMessage());
            response.setStatus(problem.getStatusCode().value());
            return view.code(consent(agent, id), problem.fieldErrors(), model); // as it is now: wrong tries count
        }
    }

    private ConsentLog.Consent consent(CurrentUser agent, long id) {
        return log.find(agent, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
