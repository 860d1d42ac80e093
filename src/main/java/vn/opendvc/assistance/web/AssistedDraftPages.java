package vn.opendvc.assistance.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import vn.opendvc.catalog.Procedure;
import vn.opendvc.catalog.ProcedureCatalog;
import vn.opendvc.dossier.Channel;
import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.DossierProblem;
import vn.opendvc.dossier.DossierStatus;
import vn.opendvc.dossier.Dossiers;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.web.Message;

/**
 * Step 3 at the agent's desk: the citizen's draft starts empty (the consent comes before any of the citizen's data),
 * so the agent fills in the procedure's form with the citizen here, then goes on to the dossier's own page to attach
 * the scans and submit. Only the agent who started the draft sees it, and only while it is a draft.
 */
@Controller
@RequestMapping("/agent/dossiers/{id}")
@PreAuthorize("hasRole('AGENT')")
class AssistedDraftPages {

    private final Dossiers dossiers;
    private final ProcedureCatalog catalog;

    AssistedDraftPages(Dossiers dossiers, ProcedureCatalog catalog) {
        this.dossiers = dossiers;
        this.catalog = catalog;
    }

    @GetMapping
    String form(@PathVariable long id, CurrentUser agent, Model model) {
        Dossier draft = assisted(agent, id);
        if (draft.status() != DossierStatus.DRAFT) {
            return "redirect:/me/dossiers/" + id;
        }
        return form(draft, draft.formData(), Map.of(), model);
    }

    @PostMapping
    String save(@PathVariable long id, @RequestParam Map<String, String> params, CurrentUser agent, Model model,
            HttpServletResponse response) {
        Dossier draft = assisted(agent, id);
        Map<String, String> values = new LinkedHashMap<>();
        for (Procedure.FormField field : procedure(draft).formFields()) {
            String value = params.get("f." + field.key());
            if (value != null && !value.isBlank()) {
                values.put(field.key(), value);
            }
        }
        try {
            dossiers.updateDraft(agent, id, values);
            return "redirect:/me/dossiers/" + id;
        } catch (DossierProblem problem) {
            model.addAttribute("problem", problem.detailMessage());
            response.setStatus(problem.getStatusCode().value());
            return form(draft, values, problem.fieldErrors(), model);
        }
    }

    private String form(Dossier draft, Map<String, String> values, Map<String, Message> errors, Model model) {
        model.addAttribute("dossier", draft);
        model.addAttribute("procedure", procedure(draft));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "assistance/draft";
    }

    /** A dossier this agent started for a citizen; any other is "not found", as on the dossier pages. */
    private Dossier assisted(CurrentUser agent, long id) {
        return dossiers.find(agent, id).filter(d -> d.channel() == Channel.ASSISTED)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Procedure procedure(Dossier dossier) {
        return catalog.find(dossier.procedureId()).orElseThrow();
    }
}
