package vn.opendvc.assistance.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.opendvc.assistance.internal.ConsentDesk;
import vn.opendvc.assistance.internal.ConsentSlipPdf;
import vn.opendvc.assistance.internal.SlipConsents;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.web.Message;
import vn.opendvc.web.Problems;

/**
 * The consent on paper, for a citizen with neither phone nor e-mail: the agent prints the slip, the citizen signs it
 * in person, the agent uploads its scan, which gives the consent and starts the citizen's draft. The scan is read
 * again by its agent, and by an administrator or a monitor for an audit.
 */
@RestController
@RequestMapping("/api/v1/assisted/consents")
@Tag(name = "Hỗ trợ nộp hồ sơ / Assisted submission")
class ConsentSlipApi {

    private final SlipConsents slips;
    private final ConsentSlipPdf pdf;

    ConsentSlipApi(SlipConsents slips, ConsentSlipPdf pdf) {
        this.slips = slips;
        this.pdf = pdf;
    }

    record GivenJson(long consentId, long dossierId, long citizenId, String method) {
    }

    @GetMapping(value = "/slip.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "Phiếu đồng ý để in cho công dân ký (PDF) / the consent slip the citizen signs (PDF)",
            description = "fullName only for a citizen without account (opened when the signed slip is uploaded); "
                    + "400 when such a citizen is not named (idNumber) or the procedure is unknown")
    ResponseEntity<byte[]> slip(@RequestParam String idNumber, @RequestParam Long procedureId,
            @RequestParam String agencyCode, @RequestParam(required = false) String fullName, CurrentUser agent) {
        return slipPdf(pdf.render(agent, slips.slip(agent,
                new SlipConsents.SlipRequest(idNumber, procedureId, agencyCode, fullName))));
    }

    @PostMapping(value = "/slip", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "Tải lên phiếu đồng ý công dân đã ký (PDF, JPEG, PNG); tạo hồ sơ nháp của công dân / upload "
            + "the consent slip the citizen signed; starts the citizen's draft",
            description = "A citizen without account is named by fullName and gets an account without phone or e-mail "
                    + "(taken over later by e-ID sign-in); 400 on such a citizen not named or an unknown procedure; "
                    + "400/413/415 when the scan is refused (empty, too large, not a PDF, JPEG or PNG by its content)")
    GivenJson upload(@RequestParam String idNumber, @RequestParam Long procedureId, @RequestParam String agencyCode,
            @RequestParam(required = false) String fullName, @RequestPart MultipartFile file, CurrentUser agent) {
        ConsentDesk.Given given = slips.record(agent,
                new SlipConsents.SlipRequest(idNumber, procedureId, agencyCode, fullName), bytes(file));
        return new GivenJson(given.consentId(), given.dossier().id(), given.dossier().applicantId(),
                SlipConsents.METHOD);
    }

    /** To anyone else the scan does not exist (404), as the consent is not theirs to know about. */
    @GetMapping("/{id}/slip")
    @Operation(summary = "Bản quét phiếu đồng ý đã ký: cho đại lý đã tải lên, quản trị và giám sát / the scan of the "
            + "signed slip: for its agent, administrators and monitors")
    ResponseEntity<byte[]> scan(@PathVariable long id, CurrentUser user) {
        return scan(slips.scan(user, id)
                .orElseThrow(() -> Problems.notFound(Message.of("assistance.slip.problem.scan"), id)));
    }

    static ResponseEntity<byte[]> slipPdf(byte[] content) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"phieu-dong-y.pdf\"")
                .contentType(MediaType.APPLICATION_PDF).body(content);
    }

    /** A download, never shown in the page's origin: the type is the one detected when it was uploaded. */
    static ResponseEntity<byte[]> scan(SlipConsents.Scan scan) {
        String extension = switch (scan.mediaType()) {
            case MediaType.APPLICATION_PDF_VALUE -> "pdf";
            case MediaType.IMAGE_PNG_VALUE -> "png";
            default -> "jpg";
        };
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("phieu-dong-y-" + scan.consentId() + "." + extension).build().toString())
                .contentType(MediaType.parseMediaType(scan.mediaType())).body(scan.content());
    }

    static byte[] bytes(MultipartFile file) {
        try {
            return file == null ? null : file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded slip", e);
        }
    }
}
