package vn.opendvc.feedback.internal;

import java.time.Instant;

import vn.opendvc.feedback.FeedbackKind;
import vn.opendvc.feedback.FeedbackStatus;

/**
 * A feedback as stored. The contact and the author's account are personal data: only the author and the handling
 * agency's officers see them, never the public or an Open311 client.
 */
public record FeedbackRecord(long id, String code, FeedbackKind kind, FeedbackStatus status, String channel,
        String title, String content, String agencyCode, Long dossierId, String dossierAgency, Long procedureId,
        Long authorAccountId, String contactName, String contactEmail, String contactPhone, Double latitude,
        Double longitude, String address, Long open311ClientId, Instant submittedAt, Instant deadlineFrom, Instant acceptDueAt,
        Instant acceptedAt, Instant answerDueAt, Long assigneeId, String draftAnswer, String answer,
        Instant answeredAt, Boolean answeredOnTime, Long mergedIntoId, boolean published, Instant publishedAt,
        Boolean satisfied, Instant ratedAt, Instant reopenedAt, Instant updatedAt, int version) {

    public boolean anonymous() {
        return authorAccountId == null;
    }

    /** The deadline that runs now: acceptance while received, the answer until answered, none after. */
    public Instant dueAt() {
        return switch (status) {
            case RECEIVED -> acceptDueAt;
            case ACCEPTED, ASSIGNED, DRAFTED -> answerDueAt;
            case ANSWERED, MERGED -> null;
        };
    }
}
