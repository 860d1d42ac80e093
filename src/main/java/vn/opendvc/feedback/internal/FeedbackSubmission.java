package vn.opendvc.feedback.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.opendvc.agency.Agency;
import vn.opendvc.agency.AgencyDirectory;
import vn.opendvc.catalog.ProcedureCatalog;
import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.DossierFacts;
import vn.opendvc.feedback.FeedbackAction;
import vn.opendvc.feedback.FeedbackKind;
import vn.opendvc.feedback.FeedbackStatus;
import vn.opendvc.feedback.FeedbackTransitions;
import vn.opendvc.files.FileStore;
import vn.opendvc.files.RejectedUpload;
import vn.opendvc.files.Sha256;
import vn.opendvc.files.Uploads;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.identity.EmailAddress;
import vn.opendvc.identity.PhoneNumber;
import vn.opendvc.web.Message;
import vn.opendvc.web.Problems;
import vn.opendvc.web.VietnamTime;

/**
 * A new feedback (the first row of {@link FeedbackTransitions}): checked, given its receipt code and, for an anonymous
 * author or an Open311 client, a tracking token shown once; the receiving agency is the dossier's (a feedback about
 * the handling of one of the author's dossiers), the one named, the one agency of the procedure's kind, or the
 * agency of its category (kind) in the settings, or the default agency; the acceptance deadline starts; photos and PDFs follow the platform's upload rules.
 */
@Component
public class FeedbackSubmission {

    static final int MAX_TITLE = 200;

    /** What the author gives. {@code agencyCode}, {@code procedureId} and {@code dossierId} are optional. */
    public record Form(FeedbackKind kind, String title, String content, String agencyCode, Long procedureId,
            Long dossierId, String contactName, String contactEmail, String contactPhone, Double latitude,
            Double longitude, String address) {
    }

    /** An attached photo or PDF. */
    public record Upload(String fileName, byte[] content) {
    }

    /** The receipt: the tracking token only for an author without an account (shown once, never stored). */
    public record Receipt(long id, String code, String token) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd").withZone(VietnamTime.ZONE);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final FeedbackStore store;
    private final FeedbackDeadlines deadlines;
    private final FeedbackSettings settings;
    private final AgencyDirectory agencies;
    private final ProcedureCatalog catalog;
    private final DossierFacts dossiers;
    private final Uploads uploads;
    private final FileStore files;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FeedbackSubmission(FeedbackStore store, FeedbackDeadlines deadlines, FeedbackSettings settings,
            AgencyDirectory agencies, ProcedureCatalog catalog, DossierFacts dossiers, Uploads uploads,
            FileStore files, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.deadlines = deadlines;
        this.settings = settings;
        this.agencies = agencies;
        this.catalog = catalog;
        this.dossiers = dossiers;
        this.uploads = uploads;
        this.files = files;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param channel  {@code PORTAL} or {@code OPEN311}
     * @param clientId the Open311 client application's key id, otherwise {@code null}
     */
    @Transactional
    public Receipt submit(Optional<CurrentUser> author, Form form, List<Upload> attachments, String channel,
            Long clientId) {
        Map<String, Message> errors = new LinkedHashMap<>();
        if (form.kind() == null) {
            errors.put("kind", Message.of("feedback.invalid.kind"));
        }
        String title = required(errors, "title", form.title(), MAX_TITLE);
        String content = required(errors, "content", form.content(), FeedbackHandling.MAX_TEXT);
        Optional<CurrentUser> account = author.filter(u -> !u.isOfficer());
        String email = optional(form.contactEmail()).map(e -> EmailAddress.normalize(e).orElseGet(() -> {
            errors.put("contactEmail", Message.of("feedback.invalid.email"));
            return null;
        })).orElse(null);
        String phone = optional(form.contactPhone()).map(p -> PhoneNumber.normalize(p).orElseGet(() -> {
            errors.put("contactPhone", Message.of("feedback.invalid.phone"));
            return null;
        })).orElse(null);
        if (account.isEmpty() && email == null && phone == null && !errors.containsKey("contactEmail")
                && !errors.containsKey("contactPhone")) {
            errors.put("contactEmail", Message.of("feedback.invalid.contact"));
        }
        location(errors, form);
        String agency = null;
        Dossier dossier = null;
        if (form.kind() == FeedbackKind.DOSSIER_HANDLING) {
            dossier = account.filter(u -> form.dossierId() != null)
                    .flatMap(u -> dossiers.dossier(form.dossierId()).filter(d -> d.applicantId() == u.accountId()))
                    .orElse(null);
            if (dossier == null) {
                errors.put("dossierId", Message.of("feedback.invalid.dossier"));
            } else {
                agency = dossier.agencyCode();
            }
        } else {
            agency = receivingAgency(errors, form);
        }
        if (attachments.size() > settings.maxFiles()) {
            errors.put("files", Message.of("feedback.invalid.too-many-files", settings.maxFiles()));
        }
        List<String> types = attachments.stream().map(a -> inspect(errors, a)).toList();
        if (!errors.isEmpty()) {
            throw Problems.badRequest(Message.of("feedback.invalid.input"), errors);
        }
        Instant now = clock.instant();
        String code = "PA-" + DAY.format(now) + "-" + String.format("%06d", store.nextCodeNumber() % 1_000_000);
        // an Open311 request is followed through Open311 (its service_request_id), not with a token
        String token = account.isEmpty() && !"OPEN311".equals(channel) ? newToken() : null;
        FeedbackRecord f = new FeedbackRecord(0, code, form.kind(), FeedbackStatus.RECEIVED, channel, title, content,
                agency, dossier == null ? null : dossier.id(), dossier == null ? null : dossier.agencyCode(),
                dossier == null ? form.procedureId() : Long.valueOf(dossier.procedureId()),
                account.map(CurrentUser::accountId).orElse(null),
                account.isPresent() ? null : trimmed(form.contactName(), 100), email, phone, form.latitude(),
                form.longitude(), trimmed(form.address(), 300), clientId, now, now, deadlines.acceptDue(now), null,
                null, null, null, null, null, null, null, false, null, null, null, null, now, 0);
        long id = store.insert(f, token == null ? null : Sha256.hex(token));
        for (int i = 0; i < attachments.size(); i++) {
            Upload upload = attachments.get(i);
            String key = files.store(upload.content());
            store.insertFile(id, key, fileName(upload.fileName()), types.get(i), upload.content().length,
                    Sha256.hex(upload.content()), now);
        }
        FeedbackRecord stored = store.find(id).orElseThrow();
        store.history(id, now, null, FeedbackAction.SUBMIT, FeedbackStatus.RECEIVED,
                account.map(CurrentUser::accountId).orElse(null), agency, null, null, null);
        events.publishEvent(FeedbackHandling.event(stored, null, FeedbackAction.SUBMIT, null,
                account.map(CurrentUser::accountId).orElse(null), now));
        return new Receipt(id, code, token);
    }

    private String receivingAgency(Map<String, Message> errors, Form form) {
        Optional<String> named = optional(form.agencyCode());
        if (named.isPresent()) {
            if (agencies.find(named.get()).isEmpty()) {
                errors.put("agencyCode", Message.of("feedback.invalid.agency"));
            }
            return named.get();
        }
        if (form.procedureId() != null) {
            var procedure = catalog.find(form.procedureId());
            if (procedure.isEmpty()) {
                errors.put("procedureId", Message.of("feedback.invalid.procedure"));
                return null;
            }
            List<Agency> ofKind = agencies.ofKind(procedure.get().agencyKind());
            if (ofKind.size() == 1) {
                return ofKind.get(0).code();
            }
        }
        return settings.agencyFor(form.kind());
    }

    private static void location(Map<String, Message> errors, Form form) {
        if ((form.latitude() == null) != (form.longitude() == null)) {
            errors.put("latitude", Message.of("feedback.invalid.location"));
        } else if (form.latitude() != null && (Math.abs(form.latitude()) > 90 || Math.abs(form.longitude()) > 180
                || form.latitude().isNaN() || form.longitude().isNaN())) {
            errors.put("latitude", Message.of("feedback.invalid.location"));
        }
        if (form.address() != null && form.address().strip().length() > 300) {
            errors.put("address", Message.of("feedback.invalid.too-long", 300));
        }
    }

    private String inspect(Map<String, Message> errors, Upload upload) {
        try {
            return uploads.inspect(upload.content());
        } catch (RejectedUpload rejected) {
            errors.putIfAbsent("files", rejected.explanation());
            return null;
        }
    }

    private static String required(Map<String, Message> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.put(field, Message.of("feedback.invalid.required"));
            return null;
        }
        if (value.strip().length() > max) {
            errors.put(field, Message.of("feedback.invalid.too-long", max));
            return null;
        }
        return value.strip();
    }

    private static Optional<String> optional(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static String trimmed(String value, int max) {
        return optional(value).map(v -> v.length() > max ? v.substring(0, max) : v).orElse(null);
    }

    private static String fileName(String name) {
        String base = name == null ? "" : name.replaceAll("[\\\\/\\p{Cntrl}]", "_").strip();
        base = base.isEmpty() ? "tep-dinh-kem" : base;
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
