package vn.opendvc.audit.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import vn.opendvc.audit.internal.AuditConfiguration.PlatformKeySource;

/**
 * Appends entries to the chain. An entry recorded inside a transaction is appended by that transaction just before it
 * commits ({@code beforeCommit}): it commits or rolls back with the change, and the single head row is locked
 * ({@code select ... for update}) only for that last moment, after every other lock the transaction needs is held, so
 * concurrent transactions never take the same number or link to the same predecessor (the chain cannot fork) and
 * waiting for the head cannot deadlock. An entry recorded outside any transaction (a failed login) is appended in its
 * own.
 */
@Service
public class AuditChain {

    private static final int MAX_ACTOR = 200;
    private static final int MAX_SUBJECT = 200;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PlatformKeySource key;
    private final AuditProperties.Checkpoint checkpoints;
    private final TransactionTemplate ownTransaction;

    AuditChain(JdbcClient jdbc, Clock clock, PlatformKeySource key, AuditProperties properties,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.key = key;
        this.checkpoints = properties.checkpoint();
    }

    /**
     * Records one entry: in the caller's transaction just before it commits, or at once in a transaction of its own
     * when there is none or it only reads (registry access is audited even though it changes nothing).
     *
     * @param content the canonical JSON of what happened
     */
    public void record(String kind, String actor, String subject, String content) {
        Pending entry = new Pending(kind, actor, subject, content);
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.isSynchronizationActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            TransactionSynchronizationManager.getSynchronizations().stream()
                    .filter(BeforeCommit.class::isInstance).map(BeforeCommit.class::cast).findFirst()
                    .orElseGet(this::beforeCommit).pending.add(entry);
        } else {
            ownTransaction.executeWithoutResult(status -> append(entry));
        }
    }

    private BeforeCommit beforeCommit() {
        BeforeCommit appender = new BeforeCommit();
        TransactionSynchronizationManager.registerSynchronization(appender);
        return appender;
    }

    /** Appends the entries a transaction recorded, in order, as its last statements. */
    private final class BeforeCommit implements TransactionSynchronization {

        private final List<Pending> pending = new ArrayList<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            pending.forEach(AuditChain.this::append);
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    private record Pending(String kind, String actor, String subject, String content) {
    }

    /** Appends one entry now; the caller's transaction must be active. */
    AuditEntry append(Pending entry) {
        String kind = entry.kind();
        String content = entry.content();
        Head head = lockHead();
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        long seq = head.lastSeq() + 1;
        String who = cut(entry.actor(), MAX_ACTOR);
        String what = cut(entry.subject(), MAX_SUBJECT);
        String hash = AuditEntry.hashOf(seq, at, who, kind, what, content, head.lastHash());
        jdbc.sql("""
                insert into audit_entry (seq, recorded_at, actor, kind, subject, content, previous_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(seq, Timestamp.from(at), who, kind, what, content, head.lastHash(), hash).update();
        jdbc.sql("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1").params(seq, hash).update();
        if (seq - head.checkpointSeq() >= checkpoints.everyEntries()
                || head.checkpointAt() == null
                || !head.checkpointAt().plus(checkpoints.every()).isAfter(at)) {
            checkpoint(seq, hash, at);
        }
        return new AuditEntry(seq, at, who, kind, what, content, head.lastHash(), hash);
    }

    /**
     * Signs the head when entries were appended since the last checkpoint and that is older than the interval, so a
     * quiet log still gets its last entries signed.
     */
    @Scheduled(fixedDelayString = "${opendvc.audit.checkpoint.every:10m}",
            initialDelayString = "${opendvc.audit.checkpoint.every:10m}")
    @SchedulerLock(name = "audit.checkpoint", lockAtMostFor = "PT5M")
    @Transactional
    public void checkpointIfDue() {
        Head head = lockHead();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        if (head.lastSeq() > head.checkpointSeq()) {
            checkpoint(head.lastSeq(), head.lastHash(), now);
        }
    }

    /** The text a checkpoint signs: what the verifier rebuilds from the checkpoint's columns. */
    static String signedText(long seq, String headHash, Instant signedAt) {
        return "opendvc-audit-checkpoint\n" + seq + "\n" + headHash + "\n" + signedAt;
    }

    private void checkpoint(long seq, String hash, Instant at) {
        PlatformKey platform = key.key();
        jdbc.sql("""
                insert into audit_checkpoint (seq, head_hash, signed_at, key_id, algorithm, public_key, signature)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(seq, hash, Timestamp.from(at), platform.id(), platform.algorithm(),
                        platform.publicKeyBase64(), platform.sign(signedText(seq, hash, at)))
                .update();
        jdbc.sql("update audit_chain_head set checkpoint_seq = ?, checkpoint_at = ? where id = 1")
                .params(seq, Timestamp.from(at)).update();
    }

    private Head lockHead() {
        return jdbc.sql("""
                select last_seq, last_hash, checkpoint_seq, checkpoint_at from audit_chain_head where id = 1
                for update""")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2), rs.getLong(3),
                        instant(rs.getObject(4, OffsetDateTime.class))))
                .single();
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static String cut(String text, int max) {
        String value = text == null || text.isBlank() ? "-" : text.strip();
        return value.length() <= max ? value : value.substring(0, max);
    }

    private record Head(long lastSeq, String lastHash, long checkpointSeq, Instant checkpointAt) {
    }
}
