package vn.opendvc.dossier;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 * @param parentId       the connected procedure's dossier this one is a member of, {@code null} for most dossiers
 * @param children       the member dossiers, when this is the dossier of a connected procedure (liên thông)
 */
public record Dossier(long id, String code, long procedureId, String procedureName, String agencyCode,
        Channel channel, DossierStatus status, long applicantId, String applicantName, String applicantPhone,
        Map<String, String> formData, BigDecimal processingDays, Long feeDueVnd, boolean paid, Instant createdAt,
        Instant submittedAt,
        Instant receivedAt, Instant dueAt, Instant finishedAt, Instant deliveredAt, boolean apologized,
        int currentStep, int version, List<Step> steps, List<DossierFile> files, List<HistoryEntry> history,
        Long parentId, List<Child> children) {

    /** A dossier that is no member of a connected procedure and has none. */
    public Dossier(long id, String code, long procedureId, String procedureName, String agencyCode, Channel channel,
            DossierStatus status, long applicantId, String applicantName, String applicantPhone,
            Map<String, String> formData, BigDecimal processingDays, Long feeDueVnd, boolean paid, Instant createdAt,
            Instant submittedAt, Instant receivedAt, Instant dueAt, Instant finishedAt, Instant deliveredAt,
            boolean apologized, int currentStep, int version, List<Step> steps, List<DossierFile> files,
            List<HistoryEntry> history) {
        this(id, code, procedureId, procedureName, agencyCode, channel, status, applicantId, applicantName,
                applicantPhone, formData, processingDays, feeDueVnd, paid, createdAt, submittedAt, receivedAt, dueAt,
                finishedAt, deliveredAt, apologized, currentStep, version, steps, files, history, null, List.of());
    }

    /**
     * A member dossier of a connected procedure, as its parent lists it: an ordinary dossier of its own agency.
     *
     * @param code  {@code null} while it waits for the results it depends on (a draft)
     * @param dueAt its promised date, once its agency received it
     */
    public record Child(long id, String code, long procedureId, String procedureCode, String procedureName,
            String agencyCode,
            DossierStatus status, Instant dueAt) {
    }

    /**
     * An internal processing step of this dossier with its due time; the steps are fixed when the dossier is
     * received, so a later change of the procedure's steps does not move a dossier already in processing.
     *
     * @param sharePercent the step's share of the legal processing time
     */
    public record Step(int position, String name, String role, int sharePercent, Instant dueAt, Instant doneAt) {
    }

    /**
     * Where the dossier stands for its applicant: its own status, or for a connected procedure's dossier the status
     * of its members taken together (the parent's stored status stays as submitted, or withdrawn by its applicant: it
     * is processed by no one and counted in no indicator, so its displayed status is derived here, never stored) —
     * withdrawn when its applicant withdrew it, stopped when one ended without a result (its dependants cannot
     * start), done (or returned) when all are, waiting for the applicant when one asks a supplement or a fee,
     * processing once one was received.
     */
    public DossierStatus combinedStatus() {
        return combined(status, children);
    }

    public static DossierStatus combined(DossierStatus own, List<Child> children) {
        if (children == null || children.isEmpty() || own == DossierStatus.WITHDRAWN) {
            return own; // withdrawn by the applicant: whatever its members had reached, the whole was withdrawn
        }
        Set<DossierStatus> statuses = EnumSet.noneOf(DossierStatus.class);
        children.forEach(c -> statuses.add(c.status()));
        if (statuses.contains(DossierStatus.NOT_RECEIVED) || statuses.contains(DossierStatus.STOPPED)
                || statuses.contains(DossierStatus.WITHDRAWN)) {
            return DossierStatus.STOPPED;
        }
        if (statuses.equals(Set.of(DossierStatus.RESULT_RETURNED))) {
            return DossierStatus.RESULT_RETURNED;
        }
        if (Set.of(DossierStatus.DONE, DossierStatus.RESULT_RETURNED).containsAll(statuses)) {
            return DossierStatus.DONE;
        }
        for (DossierStatus waiting : List.of(DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.PAYMENT_REQUIRED)) {
            if (statuses.contains(waiting)) {
                return waiting;
            }
        }
        return statuses.stream().anyMatch(s -> s.code() > DossierStatus.SUBMITTED.code()) ? DossierStatus.PROCESSING
                : DossierStatus.SUBMITTED;
    }

    public Step step() {
        return steps.stream().filter(s -> s.position() == currentStep).findFirst().orElse(null);
    }

    /** A status change in the dossier's history. */
    public record HistoryEntry(Instant at, DossierStatus from, DossierStatus to, DossierAction action, String actor,
            String note) {
    }
}
