package vn.opendvc.sync.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How each source system reports: its last batch, the records accepted and rejected over the last
 * {@code opendvc.sync.window} (30 days), an error sample, and whether it is late — nothing received for longer than
 * {@code opendvc.sync.late-after} (1 day), or its newest record that much behind its last batch.
 */
@Component
public class SyncStatus {

    /**
     * @param lag how far the newest record of the last batch was behind the moment it arrived; {@code null} before any
     */
    public record SystemLine(long id, String name, Set<String> agencies, String keyPrefix, Instant lastSyncAt,
            long batches, long accepted, long rejected, String errorSample, Duration lag, boolean late,
            long dossiers) {
    }

    private final JdbcClient jdbc;
    private final SourceSystems systems;
    private final Clock clock;
    private final Duration window;
    private final Duration lateAfter;

    SyncStatus(JdbcClient jdbc, SourceSystems systems, Clock clock,
            @Value("${opendvc.sync.window:P30D}") Duration window,
            @Value("${opendvc.sync.late-after:P1D}") Duration lateAfter) {
        this.jdbc = jdbc;
        this.systems = systems;
        this.clock = clock;
        this.window = window;
        this.lateAfter = lateAfter;
    }

    public List<SystemLine> systems() {
        Instant now = clock.instant();
        Instant since = now.minus(window);
        return jdbc.sql("select id, name from sync_system order by name").query((rs, row) -> {
            long id = rs.getLong(1);
            return line(id, rs.getString(2), since, now);
        }).list();
    }

    private SystemLine line(long id, String name, Instant since, Instant now) {
        record Totals(long batches, long accepted, long rejected) {
        }
        Totals totals = jdbc.sql("""
                select count(*), coalesce(sum(accepted), 0), coalesce(sum(rejected), 0) from sync_batch
                where system_id = ? and received_at >= ?""").params(id, java.sql.Timestamp.from(since))
                .query((rs, row) -> new Totals(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single();
        record Last(Instant at, Instant newest) {
        }
        Last last = jdbc.sql("""
                select received_at, newest_record_time from sync_batch where system_id = ?
                order by received_at desc, id desc fetch first 1 rows only""").param(id)
                .query((rs, row) -> new Last(rs.getTimestamp(1).toInstant(),
                        rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant()))
                .optional().orElse(new Last(null, null));
        String sample = jdbc.sql("""
                select error_sample from sync_batch where system_id = ? and error_sample is not null
                order by received_at desc, id desc fetch first 1 rows only""").param(id).query(String.class)
                .optional().orElse(null);
        String prefix = jdbc.sql("""
                select key_prefix from sync_key where system_id = ? and revoked_at is null
                order by created_at desc fetch first 1 rows only""").param(id).query(String.class).optional()
                .orElse(null);
        long dossiers = jdbc.sql("select count(*) from synced_dossier where system_id = ?").param(id)
                .query(Long.class).single();
        Duration lag = last.at() == null || last.newest() == null ? null : Duration.between(last.newest(), last.at());
        boolean late = last.at() == null || last.at().isBefore(now.minus(lateAfter))
                || lag != null && lag.compareTo(lateAfter) > 0;
        return new SystemLine(id, name, systems.agenciesOf(id), prefix, last.at(), totals.batches(),
                totals.accepted(), totals.rejected(), sample, lag, late, dossiers);
    }
}
