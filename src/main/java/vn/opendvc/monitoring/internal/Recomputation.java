package vn.opendvc.monitoring.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.opendvc.dossier.Channel;
import vn.opendvc.dossier.DossierStatus;
import vn.opendvc.monitoring.IndicatorRecomputation;

/**
 * Rebuilds every track and counter from the source tables. Boundary compromise: the dossier, payment and rating
 * modules offer no system-wide read of all their rows, so this one class reads their tables
 * ({@code dossier}, {@code payment}, {@code rating}) with SQL; besides it, only {@link SyntheticDossiers} (test data)
 * touches the dossier table.
 */
@Component
class Recomputation implements IndicatorRecomputation {

    /** Dossiers per JDBC batch of tracks and per addition to the counters. */
    static final int CHUNK = 10_000;

    private int chunkSize = CHUNK;

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;
    private final CounterLedger ledger;
    private final IndicatorEvents.FeeRule fees;

    Recomputation(JdbcClient jdbc, JdbcTemplate template, CounterLedger ledger, IndicatorEvents.FeeRule fees) {
        this.jdbc = jdbc;
        // rows are read through a cursor, so millions of dossiers never sit in memory at once
        this.streaming = new JdbcTemplate(template.getDataSource());
        this.streaming.setFetchSize(CHUNK);
        this.ledger = ledger;
        this.fees = fees;
    }

    /**
     * Replaces the tracks and counters by those computed from the source tables; returns the dossiers counted.
     * One transaction: readers see the old counters until the new ones are complete. The dossiers are streamed
     * and written by chunks; each chunk's contributions are added to the counters emptied at the start, so the
     * sum is the same as adding everything at once.
     */
    @Override
    @Transactional
    public int recompute() {
        jdbc.sql("delete from indicator_counter").update();
        jdbc.sql("delete from indicator_agency_day").update();
        jdbc.sql("delete from indicator_agency_month").update();
        jdbc.sql("delete from indicator_dossier").update();
        Map<Long, Boolean> feeByProcedure = new HashMap<>();
        int size = chunkSize;
        List<Track> chunk = new ArrayList<>(size);
        int[] counted = { 0 };
        streaming.query(select(null), rs -> {
            chunk.add(track(rs, feeByProcedure));
            if (chunk.size() == size) {
                counted[0] += store(chunk);
            }
        });
        counted[0] += store(chunk);
        return counted[0];
    }

    /** Smaller chunks, so a test goes through several with few dossiers. */
    void chunkSize(int size) {
        this.chunkSize = size;
    }

    private int store(List<Track> chunk) {
        int size = chunk.size();
        if (size > 0) {
            ledger.insertBatched(chunk);
            Map<Track.Key, Long> counters = new HashMap<>();
            for (Track track : chunk) {
                track.contributions().forEach((key, value) -> counters.merge(key, value, Long::sum));
            }
            ledger.addBatched(counters);
            chunk.clear();
        }
        return size;
    }

    /** The track of one dossier as the source tables give it (for checks). */
    Track track(long dossierId) {
        return tracks(dossierId).stream().findFirst().orElse(Track.empty(dossierId));
    }

    private List<Track> tracks(Long only) {
        Map<Long, Boolean> feeByProcedure = new HashMap<>();
        return jdbc.sql(select(only)).query((rs, row) -> track(rs, feeByProcedure)).list();
    }

    private static String select(Long only) {
        String where = only == null ? " d.status > 0" : " d.status > 0 and d.id = " + only.longValue();
        return """
                select d.id, d.code, d.agency_code, d.procedure_id, d.channel, d.status, d.submitted_at, d.due_at,
                    d.finished_at, d.delivered_at,
                    (select count(*) from dossier_file f where f.dossier_id = d.id and f.kind = 'DOCUMENT'
                        and f.source = 'DIGITIZED') as digitized_files,
                    (select count(*) from dossier_file f where f.dossier_id = d.id and f.kind = 'DOCUMENT'
                        and f.source = 'FROM_STORE') as reused_files,
                    (select count(*) from payment p where p.reference = d.id
                        and p.status in ('SUCCEEDED', 'REFUNDED')) as payments,
                    r.created_at as rated_at, r.average_score, r.complaint
                from dossier d left join rating r on r.dossier_id = d.id
                where """ + where;
    }

    private Track track(ResultSet rs, Map<Long, Boolean> feeByProcedure) throws SQLException {
        long procedureId = rs.getLong("procedure_id");
        DossierStatus status = DossierStatus.ofCode(rs.getInt("status"));
        Instant finishedAt = instant(rs, "finished_at");
        DossierStatus outcome = finishedAt == null ? null
                : status == DossierStatus.RESULT_RETURNED ? DossierStatus.DONE : status;
        java.math.BigDecimal average = rs.getBigDecimal("average_score");
        Channel channel = Channel.valueOf(rs.getString("channel"));
        return new Track(rs.getLong("id"), rs.getString("agency_code"), procedureId, channel,
                feeByProcedure.computeIfAbsent(procedureId, fees::applies),
                instant(rs, "submitted_at"), instant(rs, "due_at"), null, finishedAt, outcome,
                instant(rs, "delivered_at"), rs.getLong("payments") > 0, instant(rs, "rated_at"),
                average == null ? null : average.multiply(java.math.BigDecimal.valueOf(100)).intValue(),
                average != null && rs.getBoolean("complaint"), rs.getString("code"),
                channel == Channel.ONLINE || rs.getLong("digitized_files") > 0, rs.getLong("reused_files") > 0);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }
}
