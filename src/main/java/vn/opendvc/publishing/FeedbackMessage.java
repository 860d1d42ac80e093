package vn.opendvc.publishing;

import java.time.Instant;

/**
 * A feedback or petition changed status, on {@link Topics#FEEDBACK}; schema {@code publishing/schema/feedback-v1.json}.
 * No author, contact or text: a consumer follows where it stands and who handles it.
 *
 * @param fromStatus         {@code null} when it was just submitted
 * @param previousAgencyCode the agency it was transferred from, otherwise {@code null}
 * @param dossierId          the dossier it is about, otherwise {@code null}
 * @param dueAt              the deadline running after the change, {@code null} once answered
 * @param onTime             for an approval or a transfer: whether it was done by its deadline; otherwise {@code null}
 */
public record FeedbackMessage(int schemaVersion, String messageId, long feedbackId, String feedbackCode, String kind,
        String action, String fromStatus, String status, String agencyCode, String previousAgencyCode, Long dossierId,
        Instant occurredAt, Instant dueAt, Boolean onTime) {

    public static final int SCHEMA_VERSION = 1;
}
