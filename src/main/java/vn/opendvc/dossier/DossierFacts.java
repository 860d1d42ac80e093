package vn.opendvc.dossier;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A system-wide read of what happened to every submitted dossier (drafts are the applicant's own business and are
 * left out), for modules that keep their own figures — the indicators rebuild theirs from it. Large: read by chunks.
 */
public interface DossierFacts {

    /** Most dossiers one chunk may hold. */
    int MAX_CHUNK = 10_000;

    /**
     * One submitted dossier: who handles it, how it came, where it stands and when each milestone was reached.
     *
     * @param status      its current status (never {@link DossierStatus#DRAFT})
     * @param dueAt       the promised date, moved by supplement pauses; {@code null} before reception
     * @param finishedAt  when processing ended (done, refused, stopped or withdrawn); {@code null} while open
     * @param deliveredAt when the result was handed over; {@code null} before
     * @param documents   where the documents came from ({@link DocumentOrigins})
     */
    record Fact(long id, String code, long procedureId, String agencyCode, Channel channel, DossierStatus status,
            Instant submittedAt, Instant receivedAt, Instant dueAt, Instant finishedAt, Instant deliveredAt,
            DocumentOrigins documents) {
    }

    /**
     * Hands every submitted dossier to {@code chunk}, in chunks of at most {@code size} (1 to {@link #MAX_CHUNK})
     * in ascending id order. Each chunk is read when the previous one was handled, so only one chunk is in memory;
     * run it in one transaction to see one state of the table.
     */
    void forEachChunk(int size, Consumer<List<Fact>> chunk);

    /** One dossier's facts; empty when it does not exist or is still a draft. */
    Optional<Fact> find(long dossierId);

    /**
     * The whole submitted dossier (steps, history, files) without an access check, for modules that act for the
     * system on a dossier's events — notifications write to its applicant and officers. Empty for a draft.
     */
    Optional<Dossier> dossier(long dossierId);
}
