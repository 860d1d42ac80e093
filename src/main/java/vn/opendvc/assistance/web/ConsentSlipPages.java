package vn.opendvc.assistance.web;

import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import vn.opendvc.assistance.internal.ConsentSlipPdf;
import vn.opendvc.assistance.internal.SlipConsents;
import vn.opendvc.catalog.Procedure;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.web.Message;
import vn.opendvc.web.Problem;

/**
 * The consent on paper at the agent's desk, for a citizen with neither phone nor e-mail: print the slip, have the
 * citizen sign it, upload its scan, which starts the citizen's draft. A refusal (a citizen without account, a scan
 * that is not a PDF, JPEG or PNG) is shown on the desk next to the slip's field, with its status.
 */
@Controller
class ConsentSlipPages {

    private final SlipConsents slips;
    private final ConsentSlipPdf pdf;
    private final DeskView view;

    ConsentSlipPages(SlipConsents slips, ConsentSlipPdf pdf, DeskView view) {
        this.slips = slips;
        this.pdf = pdf;
        this.view = view;
    }

    @GetMapping("/agent/consents/slip.pdf")
    @PreAuthorize("hasRole('AGENT')")
    Object print(@ModelAttribute ConsentForm form, CurrentUser agent, Model model, HttpServletResponse response) {
        return attempt(form, agent, model, response,
                () -> ConsentSlipApi.slipPdf(pdf.render(agent, slips.slip(agent, request(form)))));
    }

    @PostMapping("/agent/consents/slip")
    @PreAuthorize("hasRole('AGENT')")
    Object upload(@ModelAttribute ConsentForm form, @RequestParam(required = false) MultipartFile file,
            CurrentUser agent, Model model, HttpServletResponse response) {
        return attempt(form, agent, model, response, () -> "redirect:/agent/dossiers/"
                + slips.record(agent, request(form), ConsentSlipApi.bytes(file)).dossier().id());
    }

    /** For its agent, an administrator or a monitor; not found for anyone else. */
    @GetMapping("/agent/consents/{id}/slip")
    ResponseEntity<byte[]> scan(@PathVariable long id, CurrentUser user) {
        return ConsentSlipApi.scan(slips.scan(user, id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
    }

    /** The desk's answer when all is well; otherwise the desk again, the slip's errors next to its fields. */
    private Object attempt(ConsentForm form, CurrentUser agent, Model model, HttpServletResponse response,
            Supplier<Object> action) {
        Procedure procedure = form.procedureId() == null ? null : view.configured(form.procedureId()).orElse(null);
        Map<String, Message> errors = view.errors(form, procedure);
        try {
            if (errors.isEmpty()) {
                return action.get();
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
        model.addAttribute("slipForm", form);
        model.addAttribute("slipErrors", errors);
        return view.desk(agent, null, procedure, ConsentForm.empty(form.procedureId()), Map.of(), model);
    }

    private static SlipConsents.SlipRequest request(ConsentForm form) {
        return new SlipConsents.SlipRequest(form.idNumber(), form.procedureId(), form.agencyCode(),
                form.fullName());
    }
}
