package vn.opendvc.dossier.web;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.opendvc.dossier.Channel;
import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.DossierAction;
import vn.opendvc.dossier.DossierProblem;
import vn.opendvc.dossier.DossierQueueItem;
import vn.opendvc.dossier.Dossiers;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.payment.PaymentStarted;
import vn.opendvc.web.Message;
import vn.opendvc.web.Problem;
import vn.opendvc.web.Problems;
import vn.opendvc.web.Translations;

/** Submitting, following and processing dossiers, for apps and scripts with a bearer token. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Hồ sơ / Dossiers")
class DossierApi {

    /** What an optional Idempotency-Key does on create and submit. */
    private static final String IDEMPOTENT = "Optional header Idempotency-Key (1–100 printable ASCII characters, "
            + "the caller's own): the same key and request again, e.g. a retry after a lost answer, return the same "
            + "dossier as it is now instead of writing again; a used key with another request is a 409.";

    private final Dossiers dossiers;
    private final Translations translations;

    DossierApi(Dossiers dossiers, Translations translations) {
        this.dossiers = dossiers;
        this.translations = translations;
    }

    record NewDossierRequest(Long procedureId, String agencyCode, Map<String, String> formData, Channel channel,
            String applicantName, String applicantPhone) {
    }

    record ActionBody(String note, Integer version, List<String> missing, Instant newDueAt) {
    }

    @PostMapping("/dossiers")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Tạo hồ sơ nháp / create a draft", description = IDEMPOTENT)
    DossierJson create(@RequestBody NewDossierRequest body,
            @RequestHeader(name = "Idempotency-Key", required = false) String key, CurrentUser user) {
        if (body.procedureId() == null) {
            throw invalid(Message.of("dossier.problem.procedure-id"), "procedureId");
        }
        return DossierJson.of(dossiers.createDraft(user, new Dossiers.NewDossier(body.procedureId(),
                body.agencyCode(), body.formData(), body.channel(), body.applicantName(), body.applicantPhone()), key),
                translations);
    }

    @PostMapping(path = "/dossiers/{id}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Đính kèm giấy tờ / attach a document (PDF, JPEG, PNG), uploaded or taken from my document store")
    DossierJson attach(@PathVariable long id, @RequestParam String document,
            @RequestPart(required = false) MultipartFile file, @RequestParam(required = false) Long storeDocumentId,
            @RequestParam(defaultValue = "false") boolean keepInStore, CurrentUser user)
            throws IOException {
        if (storeDocumentId != null) {
            return DossierJson.of(dossiers.attachFromStore(user, id, document, storeDocumentId), translations);
        }
        if (file == null) {
            throw invalid(Message.of("dossier.problem.file"), "file");
        }
        return DossierJson.of(dossiers.attach(user, id, document,
                new Dossiers.Upload(file.getOriginalFilename(), file.getBytes()), keepInStore), translations);
    }

    @PostMapping("/dossiers/{id}/submit")
    @Operation(summary = "Nộp hồ sơ / submit the draft: it gets its code and status 1", description = IDEMPOTENT)
    DossierJson submit(@PathVariable long id, @RequestHeader(name = "Idempotency-Key", required = false) String key,
            CurrentUser user) {
        return DossierJson.of(dossiers.submit(user, id, key), translations);
    }

    @GetMapping("/dossiers")
    @Operation(summary = "Hồ sơ của tôi / my dossiers, newest first")
    List<DossierJson> mine(CurrentUser user) {
        return dossiers.mine(user).stream().map(d -> DossierJson.of(d, translations)).toList();
    }

    @GetMapping("/dossiers/{id}")
    @Operation(summary = "Một hồ sơ với lịch sử / one dossier with its history")
    DossierJson one(@PathVariable long id, CurrentUser user) {
        return DossierJson.of(dossiers.find(user, id).orElseThrow(() -> DossierProblem.notFound(id)), translations);
    }

    @PostMapping("/dossiers/{id}/actions/{action}")
    @Operation(summary = "Thao tác trên hồ sơ / act on a dossier",
            description = "receive, request-supplement, resubmit, refuse, forward, return, stop, complete, deliver, "
                    + "withdraw, apologize")
    DossierJson act(@PathVariable long id, @PathVariable String action, @RequestBody(required = false) ActionBody body,
            CurrentUser user) {
        ActionBody b = body == null ? new ActionBody(null, null, List.of(), null) : body;
        return DossierJson.of(dossiers.act(user, id, new Dossiers.ActionRequest(action(action), b.note(),
                b.version(), b.missing() == null ? List.of() : b.missing(), b.newDueAt(), null)), translations);
    }

    @PostMapping(path = "/dossiers/{id}/actions/complete", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Hoàn thành với tệp kết quả / complete with a result file")
    DossierJson completeWithResult(@PathVariable long id, @RequestPart MultipartFile file,
            @RequestParam(required = false) String note, @RequestParam(required = false) Integer version,
            CurrentUser user) throws IOException {
        return DossierJson.of(dossiers.act(user, id, new Dossiers.ActionRequest(DossierAction.COMPLETE, note,
                version, List.of(), null, new Dossiers.Upload(file.getOriginalFilename(), file.getBytes()))), translations);
    }

    @GetMapping("/dossiers/{id}/files/{fileId}")
    @Operation(summary = "Tải tệp của hồ sơ / download a file of the dossier (receipt, result, attachment)")
    ResponseEntity<InputStreamResource> file(@PathVariable long id, @PathVariable long fileId, CurrentUser user) {
        return DossierPageSupport.download(dossiers, user, id, fileId);
    }

    record PaymentJson(long paymentId, long amountVnd, String redirectUrl) {
    }

    @PostMapping("/dossiers/{id}/payments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Thanh toán phí, lệ phí trực tuyến / pay the dossier's fee online",
            description = "Header Idempotency-Key: the same key and request give the same answer; a used key with "
                    + "another request is a 409. Follow redirectUrl to the payment gateway.")
    PaymentJson pay(@PathVariable long id, @RequestHeader(name = "Idempotency-Key", required = false) String key,
            CurrentUser user, HttpServletRequest request) {
        if (key == null || key.isBlank()) {
            throw invalid(Message.of("dossier.problem.idempotency-key"), "Idempotency-Key");
        }
        PaymentStarted started = dossiers.startPayment(user, id, key.strip(), request.getRemoteAddr());
        return new PaymentJson(started.paymentId(), started.amountVnd(), started.redirectUrl());
    }

    @GetMapping("/dossiers/{id}/result")
    @Operation(summary = "Kết quả điện tử / the dossier's electronic result (signed PDF)")
    ResponseEntity<InputStreamResource> result(@PathVariable long id, CurrentUser user) {
        Dossiers.FileContent result = dossiers.result(user, id)
                .orElseThrow(() -> Problems.notFound(Message.of("dossier.problem.result"), id));
        return DossierPageSupport.download(result);
    }

    @GetMapping("/officer/inbox")
    @Operation(summary = "Hồ sơ chờ xử lý của tôi / my queue, earliest due first")
    List<DossierQueueItem> inbox(CurrentUser user) {
        return dossiers.queue(user);
    }

    @GetMapping("/lookup")
    @Operation(summary = "Tra cứu hồ sơ / look a dossier up by code and the last 4 digits of the applicant's phone")
    Map<String, Object> lookup(@RequestParam String code, @RequestParam String phoneLast4) {
        return dossiers.lookup(code, phoneLast4)
                .map(r -> Map.<String, Object>of("code", r.code(), "procedureName", r.procedureName(),
                        "status", r.status().code(), "statusName", translations.text(r.status()),
                        "dueAt", r.dueAt() == null ? "" : r.dueAt().toString()))
                .orElseThrow(() -> Problems.notFound(Message.of("dossier.problem.lookup"), code));
    }

    private static DossierAction action(String slug) {
        return DossierAction.ofSlug(slug).filter(a -> a != DossierAction.SUBMIT)
                .orElseThrow(() -> Problems.notFound(Message.of("dossier.problem.action"), slug));
    }

    /** A request that lacks {@code field}: the same 400 "invalid-dossier" problem as the dossier rules give. */
    private static Problem invalid(Message detail, String field) {
        return Problems.problem(HttpStatus.BAD_REQUEST, "invalid-dossier",
                Message.of("dossier.problem.invalid-dossier.title"),
                detail, Map.of(field, Message.of("dossier.problem.required")));
    }
}
