package vn.opendvc.dossier.web;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

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
import vn.opendvc.dossier.Channel;
import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.DossierAction;
import vn.opendvc.dossier.DossierProblem;
import vn.opendvc.dossier.Dossiers;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.web.VietnamTime;
import vn.opendvc.web.Message;

/** The one-stop back office: the officer's queue sorted by deadline, and the processing page of a dossier. */
@Controller
@RequestMapping("/officer")
class OfficerDossierPages {


    private final Dossiers dossiers;
    private final AgencyDirectory agencies;
    private final ProcedureCatalog catalog;

    OfficerDossierPages(Dossiers dossiers, AgencyDirectory agencies, ProcedureCatalog catalog) {
        this.dossiers = dossiers;
        this.agencies = agencies;
        this.catalog = catalog;
    }

    @GetMapping
    String inbox(CurrentUser user, Model model) {
        CurrentUser officer = officer(user);
        model.addAttribute("items", dossiers.queue(officer));
        model.addAttribute("agency", agencies.find(officer.agencyCode()).orElse(null));
        return "dossier/inbox";
    }

    @GetMapping("/dossiers/{id}")
    String dossier(@PathVariable long id, CurrentUser user, Model model) {
        CurrentUser officer = officer(user);
        Dossier dossier = dossiers.find(officer, id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("dossier", dossier);
        model.addAttribute("agency", agencies.find(dossier.agencyCode()).orElseThrow());
        model.addAttribute("actions", dossiers.actionsFor(officer, dossier));
        model.addAttribute("procedure", catalog.find(dossier.procedureId()).orElseThrow());
        return "dossier/officer-dossier";
    }

    @PostMapping("/dossiers/{id}/actions/{action}")
    String act(@PathVariable long id, @PathVariable String action, @RequestParam(required = false) String note,
            @RequestParam(required = false) String missing, @RequestParam(required = false) String newDueAt,
            @RequestParam(required = false) Integer version, @RequestParam(required = false) MultipartFile result,
            CurrentUser user, RedirectAttributes redirect) throws IOException {
        CurrentUser officer = officer(user);
        DossierAction chosen = DossierAction.ofSlug(action).filter(a -> a != DossierAction.SUBMIT)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        try {
            List<String> items = missing == null ? List.of()
                    : Arrays.stream(missing.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            Dossiers.Upload upload = result == null || result.isEmpty() ? null
                    : new Dossiers.Upload(result.getOriginalFilename(), result.getBytes());
            dossiers.act(officer, id, new Dossiers.ActionRequest(chosen, note, version, items, newDue(newDueAt),
                    upload));
            redirect.addFlashAttribute("message", "dossier.action.done");
        } catch (DossierProblem problem) {
            redirect.addFlashAttribute("problem", problem.detailMessage());
            redirect.addFlashAttribute("fieldErrors", problem.fieldErrors());
        }
        return "redirect:/officer/dossiers/" + id;
    }

    /** A RECEIVER registers a dossier handed in at the counter or sent by post, so that every channel is counted. */
    @GetMapping("/register")
    String registerForm(@RequestParam long procedure, CurrentUser user, Model model) {
        officer(user);
        Procedure p = catalog.find(procedure).filter(Procedure::configured)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return registerForm(p, Map.of(), null, null, null, null, Map.of(), model);
    }

    @PostMapping("/register")
    String register(@RequestParam long procedureId, @RequestParam(required = false) String agencyCode,
            @RequestParam(required = false) Channel channel, @RequestParam(required = false) String applicantName,
            @RequestParam(required = false) String applicantPhone, @RequestParam Map<String, String> params,
            CurrentUser user, Model model, RedirectAttributes redirect) {
        CurrentUser officer = officer(user);
        Procedure procedure = catalog.find(procedureId).filter(Procedure::configured)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Map<String, String> formData = CitizenDossierPages.formData(procedure, params);
        try {
            Dossier draft = dossiers.createDraft(officer, new Dossiers.NewDossier(procedureId,
                    agencyCode == null ? officer.agencyCode() : agencyCode, formData,
                    channel == null ? Channel.COUNTER : channel, applicantName, applicantPhone));
            Dossier submitted = dossiers.submit(officer, draft.id());
            redirect.addFlashAttribute("message", "dossier.submitted");
            return "redirect:/officer/dossiers/" + submitted.id();
        } catch (DossierProblem problem) {
            model.addAttribute("problem", problem.detailMessage());
            return registerForm(procedure, formData, agencyCode, channel == null ? null : channel.name(),
                    applicantName, applicantPhone, problem.fieldErrors(), model);
        }
    }

    private String registerForm(Procedure procedure, Map<String, String> values, String agencyCode, String channel,
            String applicantName, String applicantPhone, Map<String, Message> errors, Model model) {
        model.addAttribute("procedure", procedure);
        model.addAttribute("agencies", agencies.ofKind(procedure.agencyKind()));
        model.addAttribute("values", values);
        model.addAttribute("agencyCode", agencyCode);
        model.addAttribute("channel", channel);
        model.addAttribute("applicantName", applicantName);
        model.addAttribute("applicantPhone", applicantPhone);
        model.addAttribute("errors", errors);
        model.addAttribute("formAction", "/officer/register");
        model.addAttribute("prefilled", Map.of());
        model.addAttribute("consent", false);
        model.addAttribute("registering", true);
        return "dossier/new";
    }

    @GetMapping("/dossiers/{id}/files/{fileId}")
    ResponseEntity<InputStreamResource> download(@PathVariable long id, @PathVariable long fileId, CurrentUser user) {
        return DossierPageSupport.download(dossiers, officer(user), id, fileId);
    }

    /** A {@code datetime-local} value, read in Vietnam's time zone. */
    private static java.time.Instant newDue(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value).atZone(VietnamTime.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw DossierProblem.invalid(Message.of("dossier.invalid.new-date"),
                    Map.of("newDueAt", Message.of("dossier.invalid.date-time")));
        }
    }

    private static CurrentUser officer(CurrentUser user) {
        if (!user.isOfficer()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return user;
    }
}
