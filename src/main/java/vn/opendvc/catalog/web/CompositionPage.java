package vn.opendvc.catalog.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.opendvc.agency.Agency;
import vn.opendvc.agency.AgencyDirectory;
import vn.opendvc.catalog.Composition;
import vn.opendvc.catalog.ConnectedProcedures;
import vn.opendvc.catalog.Procedure;
import vn.opendvc.catalog.ProcedureCatalog;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.web.Message;
import vn.opendvc.web.Problem;
import vn.opendvc.web.Problems;

/**
 * An ADMIN makes a configured procedure a connected procedure (thủ tục liên thông), or changes its members, on a page
 * reached from the procedure's catalog page: the member procedures by code, each one's kind of agency, the members it
 * needs the result of, what it takes from the one form and the one set of documents, and what it receives from the
 * results. Saved through the same {@link ConnectedProcedures#define} as the API: the page refuses what the API
 * refuses, each message next to its input, and nothing is saved until all is right.
 */
@Controller
@RequestMapping("/admin/catalog/procedures/{id}/composition")
@PreAuthorize("hasRole('ADMIN')")
class CompositionPage {

    /** Empty rows offered after the members, to add some. */
    private static final int SPARE_ROWS = 2;

    private final ProcedureCatalog catalog;
    private final ConnectedProcedures connected;
    private final AgencyDirectory agencies;

    CompositionPage(ProcedureCatalog catalog, ConnectedProcedures connected, AgencyDirectory agencies) {
        this.catalog = catalog;
        this.connected = connected;
        this.agencies = agencies;
    }

    @GetMapping
    String composition(@PathVariable long id, Model model) {
        Procedure procedure = procedure(id);
        List<Composition.MemberDefinition> members = connected.of(id).map(Composition::definition)
                .orElse(List.of());
        return show(procedure, CompositionForm.of(members, members.isEmpty() ? 3 : SPARE_ROWS), Map.of(), model);
    }

    @PostMapping
    String save(@PathVariable long id, @ModelAttribute("form") CompositionForm form, CurrentUser admin, Model model,
            RedirectAttributes redirect) {
        Procedure procedure = procedure(id);
        Map<String, Message> errors = new LinkedHashMap<>();
        List<Composition.MemberDefinition> members = form.definition(errors);
        if (errors.isEmpty()) {
            try {
                connected.define(id, members, admin.accountId());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/admin/catalog/procedures/" + id + "/composition";
            } catch (Problem refused) {
                errors.putAll(refused.fieldErrors());
                if (errors.isEmpty()) {
                    errors.put("members", refused.detailMessage());
                }
            }
        }
        model.addAttribute("problem", Message.of("catalog.composition.invalid"));
        return show(procedure, form.pad(1), errors, model);
    }

    private String show(Procedure procedure, CompositionForm form, Map<String, Message> errors, Model model) {
        model.addAttribute("procedure", procedure);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", agencies.all().stream().map(Agency::kind).distinct().sorted().toList());
        model.addAttribute("parentFields", procedure.formFields().stream()
                .map(f -> f.label() + " (" + f.key() + ")").toList());
        model.addAttribute("parentDocuments", procedure.documents().stream().map(Procedure.RequiredDocument::name)
                .toList());
        return "catalog/composition";
    }

    private Procedure procedure(long id) {
        return catalog.find(id).filter(Procedure::configured)
                .orElseThrow(() -> Problems.notFound(Message.of("catalog.problem.procedure"), id));
    }
}
