package vn.opendvc.audit;

import java.time.Instant;

/**
 * What a walk of the audit chain and its checkpoints found.
 *
 * @param entries     entries walked
 * @param checkpoints signed checkpoints checked
 * @param lastHash    hash of the last entry (the chain head), all zeros for an empty log
 * @param fault       the first entry found wrong, or {@code null} when the whole chain is intact
 */
public record AuditVerification(Instant checkedAt, long entries, long checkpoints, String lastHash, Fault fault) {

    public boolean intact() {
        return fault == null;
    }

    /** How an entry was found wrong. */
    public enum Problem {
        /** its content no longer gives its stored hash */
        CHANGED,
        /** its number is missing from the chain, or the chain ends before a checkpoint or the head says */
        DELETED,
        /** it is not part of the chain its successor links to, or lies beyond the head */
        INSERTED,
        /** it links to an entry that comes after it */
        REORDERED,
        /** a checkpoint's signature is not the platform key's, or the chain it signed was rewritten */
        CHECKPOINT
    }

    /**
     * @param seq    the number of the first entry found wrong
     * @param detail what was compared, in English, for the operator
     */
    public record Fault(long seq, Problem problem, String detail) {
    }
}
