package vn.opendvc.sync.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.opendvc.bulk.Utf8Text;
import vn.opendvc.dossier.Channel;
import vn.opendvc.dossier.DossierStatus;
import vn.opendvc.sync.SyncedDossierFacts;
import vn.opendvc.sync.SyncedDossierReport;

/**
 * The synced dossiers' latest accepted records, one row per dossier code, and what a new record does to one: a
 * repeated record or an older one changes nothing, a status the national table does not allow after the stored one is
 * refused, anything else replaces the stored record. A batch is decided in memory and written in bulk
 * ({@link SyncedRows}).
 */
@Component
class SyncedDossiers implements SyncedDossierFacts {

    /** What a record did. */
    enum Outcome {
        CREATED, UPDATED, UNCHANGED, OLDER;

        boolean applied() {
            return this == CREATED || this == UPDATED;
        }
    }

    /** The state of a synced dossier that a new record is compared with. */
    record Stored(Long id, String agencyCode, DossierStatus status, Instant recordTime, int steps, String hash) {
    }

    /** A record the source may report, with the catalog's id of its procedure; {@code index}: its place in the batch. */
    record Candidate(int index, NationalRecord record, long procedureId) {
    }

    /** What became of a candidate: its outcome, or why it was refused. */
    record Decision(Outcome outcome, RecordError refusal) {
    }

    /** The decisions by candidate index, and the ids of the dossiers written. */
    record Applied(Map<Integer, Decision> decisions, List<Long> written) {
    }

    /** The newest state of a dossier within the batch, written once at the end; {@code id} null: a new dossier. */
    private record Pending(Long id, NationalRecord record, long procedureId) {

        Stored asStored() {
            return new Stored(id, record.agencyCode(), record.status(), record.recordTime(), record.steps(),
                    record.hash());
        }
    }

    private static final String REPORT_COLUMNS = """
            id, code, agency_code, procedure_id, channel, status, received_at, due_at, finished_at, returned_at,
            fee_vnd, paid_online, digitized, record_time, record_steps""";

    private final JdbcClient jdbc;
    private final SyncedRows rows;

    SyncedDossiers(JdbcClient jdbc, SyncedRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    /**
     * Applies a batch's candidates in the order sent, in the caller's transaction: the stored dossiers are locked in
     * one statement (in code order, so two batches never wait on each other in a circle), each candidate
     * is compared with the dossier's newest state (stored, or an earlier record of the same batch), and the dossiers
     * that changed are written in bulk. A dossier inserted by a concurrent batch meanwhile makes the insert
     * fail with a duplicate key: the caller goes round again and this time finds it stored.
     */
    Applied applyAll(SourceSystems.Source source, List<Candidate> candidates, Instant now) {
        Map<String, Stored> stored = lock(candidates.stream().map(c -> c.record().code()).distinct().sorted().toList());
        Map<String, Pending> pending = new LinkedHashMap<>();
        Map<Integer, Decision> decisions = new HashMap<>();
        for (Candidate c : candidates) {
            NationalRecord r = c.record();
            Pending earlier = pending.get(r.code());
            Stored current = earlier != null ? earlier.asStored() : stored.get(r.code());
            Decision decision = decide(source, current, r);
            decisions.put(c.index(), decision);
            if (decision.outcome() != null && decision.outcome().applied()) {
                Stored before = stored.get(r.code());
                pending.put(r.code(), new Pending(before == null ? null : before.id(), r, c.procedureId()));
            }
        }
        List<SyncedRows.Row> inserts = new ArrayList<>();
        List<SyncedRows.Row> updates = new ArrayList<>();
        for (Pending p : pending.values()) {
            SyncedRows.Row row = new SyncedRows.Row(p.id(), p.record().code(), values(source, p.record(),
                    p.procedureId(), now));
            (p.id() == null ? inserts : updates).add(row);
        }
        Map<String, Long> ids = new HashMap<>(rows.insert(inserts));
        rows.update(updates);
        updates.forEach(row -> ids.put(row.code(), row.id()));
        List<Long> written = pending.keySet().stream().map(ids::get).toList();
        return new Applied(decisions, written);
    }

    /** The record against the dossier's newest state: new, a repeat, older, a forbidden move, or a change. */
    private static Decision decide(SourceSystems.Source source, Stored s, NationalRecord r) {
        if (s == null) {
            return new Decision(Outcome.CREATED, null);
        }
        if (!source.reportsFor(s.agencyCode())) {
            return new Decision(null, RecordError.of("MaHoSo", "other-agency", s.agencyCode()));
        }
        if (s.hash().equals(r.hash())) {
            return new Decision(Outcome.UNCHANGED, null);
        }
        if (r.olderThan(s.recordTime(), s.steps())) {
            return new Decision(Outcome.OLDER, null);
        }
        if (!StatusPaths.allowed(s.status(), r.status())) {
            return new Decision(null, RecordError.of("TrangThaiHoSo", "regression", s.status().code(),
                    r.status().code()));
        }
        return new Decision(s.id() == null ? Outcome.CREATED : Outcome.UPDATED, null);
    }

    /** The stored dossiers of these codes, locked; one array parameter, not a list of a thousand. */
    private Map<String, Stored> lock(List<String> codes) {
        Map<String, Stored> stored = new HashMap<>();
        jdbc.sql("""
                select id, code, agency_code, status, record_time, record_steps, record_hash from synced_dossier
                where code = any(?) order by code for update""")
                .param(codes.toArray(String[]::new))
                .query((rs, row) -> stored.put(rs.getString(2), new Stored(rs.getLong(1), rs.getString(3),
                        DossierStatus.ofCode(rs.getInt(4)), rs.getTimestamp(5).toInstant(), rs.getInt(6),
                        rs.getString(7))))
                .list();
        return stored;
    }

    /** A record as the row's values, in {@link SyncedRows#COLUMNS} order. */
    private static Object[] values(SourceSystems.Source source, NationalRecord r, long procedureId, Instant now) {
        return new Object[] {r.code(), source.id(), r.agencyCode(), procedureId, r.procedureCode(),
                r.procedureName(), r.holder(), r.phone(), r.status().code(), r.channel().name(), r.receivedAt(),
                r.dueAt(), r.returnedAt(), r.finishedAt(), r.feeVnd(), r.paidOnline(), r.digitized(),
                r.vneidVerified(), r.recordTime(), r.steps(), r.hash(), new Utf8Text(r.json()), now};
    }

    @Override
    public List<SyncedDossierReport> after(long afterId, int limit) {
        return jdbc.sql("select " + REPORT_COLUMNS + " from synced_dossier where id > ? order by id fetch first "
                + Math.max(1, limit) + " rows only").param(afterId).query(SyncedDossiers::report).list();
    }

    @Override
    public List<SyncedDossierReport> of(Collection<Long> ids) {
        return jdbc.sql("select " + REPORT_COLUMNS + " from synced_dossier where id = any(?)")
                .param(ids.toArray(Long[]::new)).query(SyncedDossiers::report).list();
    }

    private static SyncedDossierReport report(ResultSet rs, int row) throws SQLException {
        return report(rs.getLong("id"), rs.getString("code"), rs.getString("agency_code"), rs.getLong("procedure_id"),
                Channel.valueOf(rs.getString("channel")), DossierStatus.ofCode(rs.getInt("status")),
                instant(rs, "received_at"), instant(rs, "due_at"), instant(rs, "finished_at"),
                instant(rs, "returned_at"), rs.getLong("fee_vnd"), rs.getBoolean("paid_online"),
                rs.getBoolean("digitized"), instant(rs, "record_time"), rs.getInt("record_steps"));
    }

    /**
     * A dossier whose result was handed over finished as done, as a native one does. The report's time is the
     * record's, with its steps as microseconds: national dates have no fraction of a second, so two records of the
     * same second are ordered by how many steps they list, at the indicators as here.
     */
    private static SyncedDossierReport report(long id, String code, String agency, long procedureId, Channel channel,
            DossierStatus status, Instant received, Instant due, Instant finished, Instant returned, long feeVnd,
            boolean paidOnline, boolean digitized, Instant recordTime, int steps) {
        boolean finishing = status.isFinal() || status == DossierStatus.DONE;
        DossierStatus outcome = finished == null || !finishing ? null
                : status == DossierStatus.RESULT_RETURNED ? DossierStatus.DONE : status;
        return new SyncedDossierReport(id, code, agency, procedureId, channel, status, received, due,
                outcome == null ? null : finished, outcome, status == DossierStatus.RESULT_RETURNED ? returned : null,
                feeVnd > 0, paidOnline, digitized, recordTime.plusNanos(Math.min(steps, 999_999) * 1_000L));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
