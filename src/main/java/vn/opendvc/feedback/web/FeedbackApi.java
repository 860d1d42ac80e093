package vn.opendvc.feedback.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.opendvc.feedback.FeedbackAction;
import vn.opendvc.feedback.FeedbackKind;
import vn.opendvc.feedback.internal.ActionInput;
import vn.opendvc.feedback.internal.Actor;
import vn.opendvc.feedback.internal.FeedbackDeadlines;
import vn.opendvc.feedback.internal.FeedbackHandling;
import vn.opendvc.feedback.internal.FeedbackRecord;
import vn.opendvc.feedback.internal.FeedbackSubmission;
import vn.opendvc.feedback.internal.FeedbackViews;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.web.Message;
import vn.opendvc.web.Problems;
import vn.opendvc.web.Translations;

/**
 * The portal's feedback API. Submitting needs no account (then an e-mail or phone, and the answer's {@code token} is
 * the author's key: send it as {@code X-Feedback-Token}); reading and acting are for the author and the handling
 * agency's officers, anyone else gets 404.
 */
@RestController
@RequestMapping(FeedbackApi.PATH)
@Tag(name = "Phản ánh, kiến nghị / Feedback")
class FeedbackApi {

    static final String PATH = "/api/v1/feedback";
    static final String TOKEN_HEADER = "X-Feedback-Token";

    record SubmissionBody(String kind, String title, String content, String agencyCode, Long procedureId,
            Long dossierId, String contactName, String contactEmail, String contactPhone, Double latitude,
            Double longitude, String address) {
    }

    record ReceiptJson(long id, String code, String token) {
    }

    record ActionBody(String agencyCode, String note, Long officerId, String answer, Long targetId,
            Boolean satisfied) {
    }

    private final FeedbackSubmission submission;
    private final FeedbackHandling handling;
    private final FeedbackViews views;
    private final FeedbackDeadlines deadlines;
    private final Translations translations;
    private final Clock clock;

    FeedbackApi(FeedbackSubmission submission, FeedbackHandling handling, FeedbackViews views,
            FeedbackDeadlines deadlines, Translations translations, Clock clock) {
        this.submission = submission;
        this.handling = handling;
        this.views = views;
        this.deadlines = deadlines;
        this.translations = translations;
        this.clock = clock;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Gửi phản ánh, kiến nghị / submit feedback (signed in or anonymous)")
    ReceiptJson submit(@RequestBody(required = false) SubmissionBody body, Optional<CurrentUser> user) {
        // no body: the same 400 as an empty one, naming every required field
        SubmissionBody given = body != null ? body
                : new SubmissionBody(null, null, null, null, null, null, null, null, null, null, null, null);
        return receipt(submission.submit(user, form(given), List.of(), "PORTAL", null));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Gửi phản ánh kèm ảnh/PDF / submit feedback with photos or PDFs (multipart, parts `file`)")
    ReceiptJson submitWithFiles(@RequestParam(required = false) String kind, @RequestParam(required = false) String title,
            @RequestParam(required = false) String content, @RequestParam(required = false) String agencyCode,
            @RequestParam(required = false) Long procedureId, @RequestParam(required = false) Long dossierId,
            @RequestParam(required = false) String contactName, @RequestParam(required = false) String contactEmail,
            @RequestParam(required = false) String contactPhone, @RequestParam(required = false) Double latitude,
            @RequestParam(required = false) Double longitude, @RequestParam(required = false) String address,
            @RequestPart(name = "file", required = false) List<MultipartFile> files, Optional<CurrentUser> user) {
        SubmissionBody body = new SubmissionBody(kind, title, content, agencyCode, procedureId, dossierId,
                contactName, contactEmail, contactPhone, latitude, longitude, address);
        return receipt(submission.submit(user, form(body), uploads(files), "PORTAL", null));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Xem phản ánh / a feedback, for its author or the handling agency")
    FeedbackJson get(@PathVariable long id, @RequestHeader(name = TOKEN_HEADER, required = false) String token,
            Optional<CurrentUser> user) {
        Actor actor = Actor.of(user, token);
        return json(actor, views.visible(actor, id));
    }

    @GetMapping
    @Operation(summary = "Phản ánh của tôi, hoặc của cơ quan (cán bộ) / mine, or my agency's (officers)")
    List<FeedbackJson> list(CurrentUser user) {
        Actor actor = Actor.user(user);
        return (user.isOfficer() ? views.ofAgency(user) : views.ofAuthor(user)).stream().map(f -> json(actor, f))
                .toList();
    }

    @PostMapping("/{id}/{action}")
    @Operation(summary = "Xử lý phản ánh / act: accept, transfer, assign, draft, return, approve, merge, publish,"
            + " rate, reopen", description = "409 when the action is not allowed now, with the reason.")
    FeedbackJson act(@PathVariable long id, @PathVariable String action,
            @RequestBody(required = false) ActionBody body,
            @RequestHeader(name = TOKEN_HEADER, required = false) String token, Optional<CurrentUser> user) {
        FeedbackAction what = FeedbackAction.ofSlug(action).filter(a -> a != FeedbackAction.SUBMIT
                        && a != FeedbackAction.ANSWER_WITH_TARGET)
                .orElseThrow(() -> Problems.notFound(Message.of("feedback.action"), action));
        ActionBody b = body == null ? new ActionBody(null, null, null, null, null, null) : body;
        Actor actor = Actor.of(user, token);
        FeedbackRecord after = handling.act(actor, id, what,
                new ActionInput(b.agencyCode(), b.note(), b.officerId(), b.answer(), b.targetId(), b.satisfied()));
        return json(actor, after);
    }

    private FeedbackJson json(Actor actor, FeedbackRecord f) {
        boolean officer = actor.user().map(u -> u.worksAt(f.agencyCode())).orElse(false);
        return FeedbackJson.of(f, officer, views.history(f), views.files(f),
                handling.actionsFor(actor, f).stream().map(FeedbackAction::slug).toList(), deadlines, clock.instant(),
                translations);
    }

    static FeedbackSubmission.Form form(SubmissionBody b) {
        FeedbackKind kind = b.kind() == null ? null : FeedbackKind.ofServiceCode(b.kind().strip().toLowerCase()
                .replace('_', '-')).orElse(null);
        return new FeedbackSubmission.Form(kind, b.title(), b.content(), b.agencyCode(), b.procedureId(),
                b.dossierId(), b.contactName(), b.contactEmail(), b.contactPhone(), b.latitude(), b.longitude(),
                b.address());
    }

    static List<FeedbackSubmission.Upload> uploads(List<MultipartFile> files) {
        List<FeedbackSubmission.Upload> uploads = new ArrayList<>();
        if (files != null) {
            for (MultipartFile file : files) {
                if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty())) {
                    continue; // a file input left empty
                }
                try {
                    uploads.add(new FeedbackSubmission.Upload(file.getOriginalFilename(), file.getBytes()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return uploads;
    }

    private static ReceiptJson receipt(FeedbackSubmission.Receipt r) {
        return new ReceiptJson(r.id(), r.code(), r.token());
    }
}
