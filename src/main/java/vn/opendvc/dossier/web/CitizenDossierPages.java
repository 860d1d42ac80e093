package vn.opendvc.dossier.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.opendvc.agency.AgencyDirectory;
import vn.opendvc.catalog.Procedure;
import vn.opendvc.catalog.ProcedureCatalog;
import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.DossierAction;
import vn.opendvc.dossier.DossierProblem;
import vn.opendvc.dossier.Dossiers;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.payment.FeeSchedule;
import vn.opendvc.payment.Payments;
import vn.opendvc.prefill.Prefill;
import vn.opendvc.prefill.PrefillRequest;
import vn.opendvc.prefill.PrefillResult;
import vn.opendvc.prefill.PrefilledValue;
import vn.opendvc.result.Results;
import vn.opendvc.result.StoreEntry;
import vn.opendvc.dossier.DossierFile;
import vn.opendvc.dossier.DossierStatus;
import vn.opendvc.web.Message;

/** The applicant's side: start a dossier from a procedure, attach, submit, follow it, answer a supplement request. */
@Controller
@RequestMapping("/me/dossiers")
class CitizenDossierPages {

    private final Dossiers dossiers;
    private final ProcedureCatalog catalog;
    private final AgencyDirectory agencies;
    private final Results results;
    private final Prefill prefill;
    private final Payments payments;
    private final FeeSchedule fees;

    CitizenDossierPages(Dossiers dossiers, ProcedureCatalog catalog, AgencyDirectory agencies, Results results,
            Prefill prefill, Payments payments, FeeSchedule fees) {
        this.payments = payments;
        this.fees = fees;
        this.dossiers = dossiers;
        this.catalog = catalog;
        this.agencies = agencies;
        this.results = results;
        this.prefill = prefill;
    }

    @GetMapping
    String mine(CurrentUser user, Model model) {
        model.addAttribute("dossiers", dossiers.mine(user));
        return "dossier/mine";
    }

    /**
     * The form, filled in advance from the applicant's profile and, with their consent, from the national
     * databases; values vouched for by an authoritative source are read-only.
     */
    @GetMapping("/new")
    String newDossier(@RequestParam long procedure, @RequestParam(defaultValue = "false") boolean consent,
            CurrentUser user, Model model) {
        Procedure p = procedureOrNotFound(procedure);
        Optional<PrefillResult> prefilled = prefill.prefill(
                PrefillRequest.own(p.id(), user, null, consent));
        Map<String, String> values = new LinkedHashMap<>();
        prefilled.ifPresent(r -> r.values().forEach((key, v) -> values.put(key, v.value())));
        model.addAttribute("prefilled", prefilled.map(PrefillResult::values).orElse(Map.of()));
        model.addAttribute("consent", consent);
        // a self-declared ID number opens no national database: say how to get verified
        prefilled.filter(r -> r.nationalLookup() == PrefillResult.NationalLookup.IDENTITY_NOT_PROVEN)
                .ifPresent(r -> model.addAttribute("prefillNotice", Message.of("prefill.notice.IDENTITY_NOT_PROVEN")));
        return form(p, values, null, Map.of(), model);
    }

    @PostMapping
    String create(@RequestParam long procedureId, @RequestParam(required = false) String agencyCode,
            @RequestParam(defaultValue = "false") boolean consent, @RequestParam Map<String, String> params,
            CurrentUser user, Model model) {
        Procedure procedure = procedureOrNotFound(procedureId);
        Map<String, String> formData = formData(procedure, params);
        Map<String, PrefilledValue> verified = new LinkedHashMap<>();
        prefill.prefill(PrefillRequest.own(procedureId, user, null, consent))
                .ifPresent(r -> r.values().forEach((key, v) -> {
                    if (v.verified()) {
                        verified.put(key, v);
                        formData.put(key, v.value()); // a read-only value cannot be changed by editing the request
                    }
                }));
        model.addAttribute("prefilled", verified);
        model.addAttribute("consent", consent);
        // the procedure's rules, next to the fields, before a draft is even kept (the same rules as at submission)
        Map<String, Message> ruleErrors = new LinkedHashMap<>();
        dossiers.check(user, procedureId, formData, null, null).stream()
                .filter(finding -> !finding.rule().equals("form"))
                .forEach(finding -> ruleErrors.putIfAbsent(finding.field(), finding.message()));
        if (!ruleErrors.isEmpty()) {
            model.addAttribute("problem", ruleErrors.getOrDefault("procedure", Message.of("dossier.check.fix")));
            return form(procedure, formData, agencyCode, ruleErrors, model);
        }
        try {
            Dossier draft = dossiers.createDraft(user,
                    new Dossiers.NewDossier(procedureId, agencyCode, formData, null, null, null));
            return "redirect:/me/dossiers/" + draft.id();
        } catch (DossierProblem problem) {
            model.addAttribute("problem", problem.detailMessage());
            return form(procedure, formData, agencyCode, problem.fieldErrors(), model);
        }
    }

    @GetMapping("/{id}")
    String dossier(@PathVariable long id, CurrentUser user, Model model) {
        Dossier dossier = dossiers.find(user, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("dossier", dossier);
        model.addAttribute("procedure", catalog.find(dossier.procedureId()).orElseThrow());
        model.addAttribute("agency", agencies.find(dossier.agencyCode()).orElseThrow());
        model.addAttribute("actions", dossiers.actionsFor(user, dossier));
        model.addAttribute("payments", payments.forReference(id));
        model.addAttribute("paymentAttempt", java.util.UUID.randomUUID().toString());
        if (dossier.feeDueVnd() == null) {
            model.addAttribute("feeQuote", fees.quote(dossier.procedureId(), dossier.agencyCode(), null));
        }
        model.addAttribute("storeDocuments", results.documents(user.accountId()).stream()
                .filter(StoreEntry::reusable).toList());
        if (dossier.status() == DossierStatus.DRAFT) {
            List<String> attached = dossier.files().stream().filter(f -> f.kind() == DossierFile.Kind.DOCUMENT)
                    .map(DossierFile::document).toList();
            model.addAttribute("checkFindings", dossiers.check(user, dossier.procedureId(), dossier.formData(),
                    attached, dossier.id()));
        }
        return "dossier/citizen-dossier";
    }

    @PostMapping("/{id}/files")
    String attach(@PathVariable long id, @RequestParam String document, @RequestParam MultipartFile file,
            @RequestParam(defaultValue = "false") boolean keepInStore, CurrentUser user,
            RedirectAttributes redirect) throws IOException {
        try {
            dossiers.attach(user, id, document,
                    new Dossiers.Upload(file.getOriginalFilename(), file.getBytes()), keepInStore);
            redirect.addFlashAttribute("message", "dossier.file.added");
        } catch (DossierProblem problem) {
            redirect.addFlashAttribute("problem", problem.detailMessage());
        }
        return "redirect:/me/dossiers/" + id;
    }

    /** Takes a document from the applicant's document store instead of uploading it again. */
    @PostMapping("/{id}/store-files")
    String attachFromStore(@PathVariable long id, @RequestParam String document, @RequestParam long storeDocumentId,
            CurrentUser user, RedirectAttributes redirect) {
        try {
            dossiers.attachFromStore(user, id, document, storeDocumentId);
            redirect.addFlashAttribute("message", "dossier.file.reused");
        } catch (DossierProblem problem) {
            redirect.addFlashAttribute("problem", problem.detailMessage());
        }
        return "redirect:/me/dossiers/" + id;
    }

    @PostMapping("/{id}/submit")
    String submit(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        try {
            dossiers.submit(user, id);
            redirect.addFlashAttribute("message", "dossier.submitted");
        } catch (DossierProblem problem) {
            redirect.addFlashAttribute("problem", problem.detailMessage());
            redirect.addFlashAttribute("fieldErrors", problem.fieldErrors());
        }
        return "redirect:/me/dossiers/" + id;
    }

    @PostMapping("/{id}/actions/{action}")
    String act(@PathVariable long id, @PathVariable String action, @RequestParam(required = false) String note,
            @RequestParam(required = false) Integer version, CurrentUser user, RedirectAttributes redirect) {
        DossierAction chosen = DossierAction.ofSlug(action)
                .filter(a -> a == DossierAction.WITHDRAW || a == DossierAction.RESUBMIT)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        try {
            dossiers.act(user, id,
                    new Dossiers.ActionRequest(chosen, note, version, List.of(), null, null));
            redirect.addFlashAttribute("message", "dossier.action.done");
        } catch (DossierProblem problem) {
            redirect.addFlashAttribute("problem", problem.detailMessage());
        }
        return "redirect:/me/dossiers/" + id;
    }

    /** Pays the fee online: off to the payment gateway, which brings the citizen back to the return page. */
    @PostMapping("/{id}/pay")
    String pay(@PathVariable long id, @RequestParam String attempt, CurrentUser user,
            jakarta.servlet.http.HttpServletRequest request, RedirectAttributes redirect) {
        try {
            return "redirect:" + dossiers.startPayment(user, id, attempt,
                    request.getRemoteAddr()).redirectUrl();
        } catch (DossierProblem problem) {
            redirect.addFlashAttribute("problem", problem.detailMessage());
            return "redirect:/me/dossiers/" + id;
        } catch (vn.opendvc.payment.PaymentRefused problem) {
            redirect.addFlashAttribute("problem", problem.detailMessage());
            return "redirect:/me/dossiers/" + id;
        }
    }

    @GetMapping("/{id}/files/{fileId}")
    ResponseEntity<InputStreamResource> download(@PathVariable long id, @PathVariable long fileId, CurrentUser user) {
        return DossierPageSupport.download(dossiers, user, id, fileId);
    }

    private String form(Procedure procedure, Map<String, String> values, String agencyCode,
            Map<String, Message> errors, Model model) {
        model.addAttribute("procedure", procedure);
        model.addAttribute("agencies", agencies.ofKind(procedure.agencyKind()));
        model.addAttribute("values", values);
        model.addAttribute("agencyCode", agencyCode);
        model.addAttribute("errors", errors);
        model.addAttribute("formAction", "/me/dossiers");
        model.addAttribute("registering", false);
        return "dossier/new";
    }

    private Procedure procedureOrNotFound(long id) {
        return catalog.find(id).filter(Procedure::configured)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The form fields among the request parameters (named {@code f.<key>}). */
    static Map<String, String> formData(Procedure procedure, Map<String, String> params) {
        Map<String, String> data = new LinkedHashMap<>();
        for (Procedure.FormField field : procedure.formFields()) {
            String value = params.get("f." + field.key());
            if (value != null && !value.isBlank()) {
                data.put(field.key(), value);
            }
        }
        return data;
    }
}
