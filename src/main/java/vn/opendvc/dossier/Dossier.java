package vn.opendvc.dossier;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A dossier as its applicant and the officers of its agency see it.
 *
 * @param code           {@code <agency code>-<yyMMdd>-<4-digit daily sequence>}, {@code null} while a draft
 * @param processingDays the procedure's legal processing time in working days, fixed at submission
 * @param feeDueVnd      the fee quoted at submission (online discount applied), {@code null} before submission
 * @param paid           whether the fee has been paid online
 * @param dueAt          the promised date (hẹn trả kết quả), set at reception, moved by supplement pauses or an apology
 * @param finishedAt     when processing ended (done, refused, stopped or withdrawn)
 * @param currentStep    position (1-based) of the internal processing step the dossier is at
 * @param version        optimistic lock: an action names the version it was decided on
 */
public record Dossier(long id, String code, long procedureId, String procedureName, String agencyCode,
        Channel channel, DossierStatus status, long applicantId, String applicantName, String applicantPhone,
        Map<String, String> formData, BigDecimal processingDays, Long feeDueVnd, boolean paid, Instant createdAt,
        Instant submittedAt,
        Instant receivedAt, Instant dueAt, Instant finishedAt, Instant deliveredAt, boolean apologized,
        int currentStep, int version, List<Step> steps, List<DossierFile> files, List<HistoryEntry> history) {

    /**
     * An internal processing step of this dossier with its due time; the steps are fixed when the dossier is
     * received, so a later change of the procedure's steps does not move a dossier already in processing.
     *
     * @param sharePercent the step's share of the legal processing time
     */
    public record Step(int position, String name, String role, int sharePercent, Instant dueAt, Instant doneAt) {
    }

    public Step step() {
        return steps.stream().filter(s -> s.position() == currentStep).findFirst().orElse(null);
    }

    /** A status change in the dossier's history. */
    public record HistoryEntry(Instant at, DossierStatus from, DossierStatus to, DossierAction action, String actor,
            String note) {
    }
}
