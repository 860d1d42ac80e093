package vn.opendvc.feedback.web;

import java.time.Instant;
import java.util.List;

import vn.opendvc.feedback.internal.FeedbackDeadlines;
import vn.opendvc.feedback.internal.FeedbackRecord;
import vn.opendvc.feedback.internal.FeedbackStore;
import vn.opendvc.web.Translations;

/**
 * A feedback in the portal's API, for its author or the handling agency's officers. {@code deadline.state} is
 * {@code ON_TRACK}, {@code DUE_SOON} or {@code OVERDUE} for the deadline that runs (acceptance while
 * {@code RECEIVED}, then the answer); {@code transfers} say whether each was late (after the acceptance deadline).
 * The draft answer is for the officers only.
 */
record FeedbackJson(long id, String code, String kind, String kindName, String status, String statusName,
        String title, String content, String agencyCode, Long dossierId, ContactJson contact, LocationJson location,
        Instant submittedAt, Instant acceptDueAt, Instant acceptedAt, Instant answerDueAt, DeadlineJson deadline,
        Long assigneeId, String draftAnswer, String answer, Instant answeredAt, Boolean answeredOnTime,
        Long mergedIntoId, boolean published, Boolean satisfied, Instant reopenedAt, List<FileJson> files,
        List<TransferJson> transfers, List<HistoryJson> history, List<String> actions) {

    record ContactJson(String name, String email, String phone) {
    }

    record LocationJson(Double latitude, Double longitude, String address) {
    }

    record DeadlineJson(Instant due, String state) {
    }

    record FileJson(long id, String name, String mediaType, long size) {
    }

    record TransferJson(Instant at, String fromAgency, String toAgency, boolean late, String note) {
    }

    record HistoryJson(Instant at, String action, String actionName, String from, String to, String agencyCode,
            String note) {
    }

    static FeedbackJson of(FeedbackRecord f, boolean officer, List<FeedbackStore.HistoryEntry> history,
            List<FeedbackStore.FileRow> files, List<String> actions, FeedbackDeadlines deadlines, Instant now,
            Translations t) {
        return new FeedbackJson(f.id(), f.code(), f.kind().name(), t.text(f.kind()), f.status().name(),
                t.text(f.status()), f.title(), f.content(), f.agencyCode(), f.dossierId(),
                f.anonymous() ? new ContactJson(f.contactName(), f.contactEmail(), f.contactPhone()) : null,
                f.latitude() == null && f.address() == null ? null
                        : new LocationJson(f.latitude(), f.longitude(), f.address()),
                f.submittedAt(), f.acceptDueAt(), f.acceptedAt(), f.answerDueAt(),
                deadlines.status(f, now).map(s -> new DeadlineJson(s.due(), s.state().name())).orElse(null),
                officer ? f.assigneeId() : null, officer ? f.draftAnswer() : null, f.answer(), f.answeredAt(),
                f.answeredOnTime(), f.mergedIntoId(), f.published(), f.satisfied(), f.reopenedAt(),
                files.stream().map(r -> new FileJson(r.id(), r.name(), r.mediaType(), r.size())).toList(),
                history.stream().filter(h -> h.toAgency() != null)
                        .map(h -> new TransferJson(h.at(), h.agencyCode(), h.toAgency(), Boolean.TRUE.equals(h.late()),
                                h.note())).toList(),
                history.stream().map(h -> new HistoryJson(h.at(), h.action().name(), t.text(h.action()),
                        h.from() == null ? null : h.from().name(), h.to().name(), h.agencyCode(),
                        officer ? h.note() : null)).toList(),
                actions);
    }
}
