package vn.opendvc.audit.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.opendvc.audit.AuditVerification;
import vn.opendvc.audit.AuditVerification.Fault;
import vn.opendvc.audit.AuditVerification.Problem;
import vn.opendvc.audit.internal.AuditConfiguration.PlatformKeySource;

/**
 * Walks the chain in number order and the signed checkpoints, and names the first entry found wrong:
 * <ul>
 * <li>a number missing from the sequence: that entry was DELETED;</li>
 * <li>an entry whose previous hash is not its predecessor's hash: if it is the hash of an earlier entry, the entries
 * in between were INSERTED; if it is the hash of a later entry, this one was REORDERED; if no entry has it, its
 * predecessor was rewritten (CHANGED) or removed (DELETED);</li>
 * <li>an entry whose columns no longer give its stored hash: CHANGED;</li>
 * <li>a checkpoint not signed by the platform key, or whose entry no longer has the signed hash (the chain up to it
 * was rewritten with fresh hashes), or that covers entries no longer there (the tail was DELETED).</li>
 * </ul>
 * Entries are streamed, not held in memory; hashes are looked up in the database only when a link is broken.
 */
@Service
public class ChainVerifier {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PlatformKeySource key;

    ChainVerifier(JdbcClient jdbc, Clock clock, PlatformKeySource key) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.key = key;
    }

    @Transactional(readOnly = true)
    public AuditVerification verify() {
        List<Fault> faults = new ArrayList<>();
        long expectedSeq = 1;
        String previousHash = AuditEntry.GENESIS;
        long walked = 0;
        try (Stream<AuditEntry> entries = jdbc.sql("""
                select seq, recorded_at, actor, kind, subject, content, previous_hash, hash
                from audit_entry order by seq""").query(ChainVerifier::entry).stream()) {
            for (AuditEntry entry : (Iterable<AuditEntry>) entries::iterator) {
                walked++;
                Optional<Fault> fault = check(entry, expectedSeq, previousHash);
                if (fault.isPresent()) {
                    faults.add(fault.get());
                    break;
                }
                expectedSeq = entry.seq() + 1;
                previousHash = entry.hash();
            }
        }
        long lastSeq = lastSeq();
        String lastHash = lastSeq == 0 ? AuditEntry.GENESIS : hashAt(lastSeq).orElse(AuditEntry.GENESIS);
        Head head = head();
        if (head.lastSeq() > lastSeq) {
            faults.add(new Fault(lastSeq + 1, Problem.DELETED,
                    "the chain head records " + head.lastSeq() + " entries, the log ends at " + lastSeq));
        } else if (head.lastSeq() < lastSeq) {
            faults.add(new Fault(head.lastSeq() + 1, Problem.INSERTED,
                    "entries after the chain head's last entry " + head.lastSeq()));
        } else if (!head.lastHash().equals(lastHash)) {
            faults.add(new Fault(lastSeq, Problem.CHANGED, "the last entry's hash is not the chain head's"));
        }
        // a checkpoint after the first broken entry only repeats that finding
        long brokenAt = faults.stream().mapToLong(Fault::seq).min().orElse(Long.MAX_VALUE);
        long checkpoints = checkCheckpoints(faults, brokenAt);
        Fault first = faults.stream().min(Comparator.comparingLong(Fault::seq)).orElse(null);
        return new AuditVerification(clock.instant(), walked, checkpoints, lastHash, first);
    }

    private Optional<Fault> check(AuditEntry entry, long expectedSeq, String previousHash) {
        if (entry.seq() > expectedSeq) {
            return Optional.of(new Fault(expectedSeq, Problem.DELETED,
                    "entry " + expectedSeq + " is missing; the next one is " + entry.seq()));
        }
        if (!entry.previousHash().equals(previousHash)) {
            Optional<Long> linked = seqWithHash(entry.previousHash());
            if (linked.isPresent() && linked.get() < entry.seq() - 1) {
                return Optional.of(new Fault(linked.get() + 1, Problem.INSERTED, "entry " + entry.seq()
                        + " follows entry " + linked.get() + "; the entries in between are not in the chain"));
            }
            if (linked.isPresent() && linked.get() > entry.seq()) {
                return Optional.of(new Fault(entry.seq(), Problem.REORDERED,
                        "entry " + entry.seq() + " links to entry " + linked.get() + ", which comes after it"));
            }
            long predecessor = entry.seq() - 1;
            return Optional.of(predecessor >= 1
                    ? new Fault(predecessor, Problem.CHANGED, "entry " + entry.seq()
                            + " links to a hash no entry has: entry " + predecessor + " was rewritten or replaced")
                    : new Fault(entry.seq(), Problem.CHANGED, "the first entry does not start from the genesis hash"));
        }
        if (!entry.expectedHash().equals(entry.hash())) {
            return Optional.of(new Fault(entry.seq(), Problem.CHANGED,
                    "entry " + entry.seq() + "'s content no longer gives its stored hash"));
        }
        return Optional.empty();
    }

    private long checkCheckpoints(List<Fault> faults, long brokenAt) {
        PlatformKey platform = key.key();
        List<Checkpoint> all = jdbc.sql("""
                select seq, head_hash, signed_at, key_id, signature from audit_checkpoint order by seq""")
                .query((rs, n) -> new Checkpoint(rs.getLong(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4), rs.getString(5)))
                .list();
        long previous = 0;
        for (Checkpoint checkpoint : all) {
            if (checkpoint.seq() >= brokenAt) {
                break;
            }
            String signed = AuditChain.signedText(checkpoint.seq(), checkpoint.headHash(), checkpoint.signedAt());
            Optional<String> hash = hashAt(checkpoint.seq());
            if (!checkpoint.keyId().equals(platform.id()) || !platform.verifies(signed, checkpoint.signature())) {
                faults.add(new Fault(checkpoint.seq(), Problem.CHECKPOINT,
                        "the checkpoint at entry " + checkpoint.seq() + " is not signed by the platform key"));
                break;
            }
            if (hash.isEmpty()) {
                faults.add(new Fault(checkpoint.seq(), Problem.DELETED,
                        "entry " + checkpoint.seq() + ", signed by a checkpoint, is missing"));
                break;
            }
            if (!hash.get().equals(checkpoint.headHash())) {
                faults.add(new Fault(previous + 1, Problem.CHECKPOINT, "entries " + (previous + 1) + " to "
                        + checkpoint.seq() + " were rewritten: entry " + checkpoint.seq()
                        + " no longer has the hash its checkpoint signed"));
                break;
            }
            previous = checkpoint.seq();
        }
        return all.size();
    }

    private Optional<Long> seqWithHash(String hash) {
        return jdbc.sql("select seq from audit_entry where hash = ? order by seq").param(hash).query(Long.class).list()
                .stream().findFirst();
    }

    private Optional<String> hashAt(long seq) {
        return jdbc.sql("select hash from audit_entry where seq = ?").param(seq).query(String.class).optional();
    }

    private long lastSeq() {
        return jdbc.sql("select coalesce(max(seq), 0) from audit_entry").query(Long.class).single();
    }

    private Head head() {
        return jdbc.sql("select last_seq, last_hash from audit_chain_head where id = 1")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
    }

    static AuditEntry entry(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new AuditEntry(rs.getLong("seq"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("kind"), rs.getString("subject"), rs.getString("content"),
                rs.getString("previous_hash"), rs.getString("hash"));
    }

    private record Checkpoint(long seq, String headHash, Instant signedAt, String keyId, String signature) {
    }

    private record Head(long lastSeq, String lastHash) {
    }
}
