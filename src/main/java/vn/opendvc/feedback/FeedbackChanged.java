package vn.opendvc.feedback;

import java.time.Instant;

/**
 * A feedback changed status (every row of {@link FeedbackTransitions}), after the change. No personal data: who to
 * tell is asked of {@link Feedbacks#contact}.
 *
 * @param agencyCode     the agency handling it after the change
 * @param previousAgency the agency it was transferred from ({@link FeedbackAction#TRANSFER}), otherwise {@code null}
 * @param dossierId      the author's dossier it is about ({@link FeedbackKind#DOSSIER_HANDLING}), otherwise {@code null}
 * @param dossierAgency  the agency that handled that dossier, otherwise {@code null}
 * @param actorId        the account that acted; {@code null} for an anonymous author or the system
 * @param dueAt          the deadline running after the change: acceptance or answer; {@code null} once answered
 * @param onTime         for {@link FeedbackAction#APPROVE} and a transfer: whether it was done by its deadline
 * @param receivedAt     when it was submitted
 */
public record FeedbackChanged(long feedbackId, String code, FeedbackKind kind, FeedbackStatus from,
        FeedbackAction action, FeedbackStatus to, String agencyCode, String previousAgency, Long dossierId,
        String dossierAgency, Long actorId, Instant at, Instant dueAt, Boolean onTime, Instant receivedAt,
        Instant acceptedAt) {
}
