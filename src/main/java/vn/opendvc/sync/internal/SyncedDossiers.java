package vn.opendvc.sync.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.opendvc.dossier.Channel;
import vn.opendvc.dossier.DossierStatus;
import vn.opendvc.sync.SyncedDossierFacts;
import vn.opendvc.sync.SyncedDossierReport;

/**
 * The synced dossiers' latest accepted records, one row per dossier code, and what a new record does to one: a
 * repeated record or an older one changes nothing, a status the national table does not allow after the stored one is
 * refused, anything else replaces the stored record. A batch is decided in memory and written in JDBC batches.
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

    /** The decisions by candidate index, and the reports of the dossiers written. */
    record Applied(Map<Integer, Decision> decisions, List<SyncedDossierReport> reports) {
    }

    /** The newest state of a dossier within the batch, written once at the end; {@code id} null: a new dossier. */
    private record Pending(Long id, NationalRecord record, long procedureId) {

        Stored asStored() {
            return new Stored(id, record.agencyCode(), record.status(), record.recordTime(), record.steps(),
                    record.hash());
        }
    }

    private static final String COLUMNS = "system_id, agency_code, procedure_id, procedure_code, procedure_name, "
            + "holder, phone, status, channel, received_at, due_at, returned_at, finished_at, fee_vnd, paid_online, "
            + "digitized, vneid_verified, record_time, record_steps, record_hash, record_json, updated_at";
    private static final String PARAMETERS = ":" + COLUMNS.replace(", ", ", :");
    private static final String ASSIGNMENTS = Arrays.stream(COLUMNS.split(", "))
            .map(column -> column + " = :" + column).collect(Collectors.joining(", "));

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batches;

    SyncedDossiers(JdbcClient jdbc, NamedParameterJdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /**
     * Applies a batch's candidates in the order sent, in the caller's transaction: the stored dossiers are locked in
     * one statement per thousand (in code order, so two batches never wait on each other in a circle), each candidate
     * is compared with the dossier's newest state (stored, or an earlier record of the same batch), and the dossiers
     * that changed are written in two JDBC batches. A dossier inserted by a concurrent batch meanwhile makes the insert
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
        List<MapSqlParameterSource> inserts = new ArrayList<>();
        List<MapSqlParameterSource> updates = new ArrayList<>();
        for (Pending p : pending.values()) {
            MapSqlParameterSource values = values(source, p.record(), p.procedureId(), now);
            (p.id() == null ? inserts : updates).add(p.id() == null ? values : values.addValue("id", p.id()));
        }
        batches.batchUpdate("insert into synced_dossier (code, " + COLUMNS + ") values (:code, " + PARAMETERS + ")",
                inserts.toArray(MapSqlParameterSource[]::new));
        batches.batchUpdate("update synced_dossier set " + ASSIGNMENTS + " where id = :id",
                updates.toArray(MapSqlParameterSource[]::new));
        Map<String, Long> ids = new HashMap<>();
        pending.values().stream().filter(p -> p.id() != null).forEach(p -> ids.put(p.record().code(), p.id()));
        List<String> inserted = pending.values().stream().filter(p -> p.id() == null).map(p -> p.record().code())
                .toList();
        for (int from = 0; from < inserted.size(); from += 1_000) {
            jdbc.sql("select id, code from synced_dossier where code in (:codes)")
                    .param("codes", inserted.subList(from, Math.min(inserted.size(), from + 1_000)))
                    .query((rs, row) -> ids.put(rs.getString(2), rs.getLong(1))).list();
        }
        List<SyncedDossierReport> reports = pending.values().stream()
                .map(p -> report(ids.get(p.record().code()), p.record(), p.procedureId())).toList();
        return new Applied(decisions, reports);
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

    private Map<String, Stored> lock(List<String> codes) {
        Map<String, Stored> stored = new HashMap<>();
        for (int from = 0; from < codes.size(); from += 1_000) {
            jdbc.sql("""
                    select id, code, agency_code, status, record_time, record_steps, record_hash from synced_dossier
                    where code in (:codes) order by code for update""")
                    .param("codes", codes.subList(from, Math.min(codes.size(), from + 1_000)))
                    .query((rs, row) -> stored.put(rs.getString(2), new Stored(rs.getLong(1), rs.getString(3),
                            DossierStatus.ofCode(rs.getInt(4)), rs.getTimestamp(5).toInstant(), rs.getInt(6),
                            rs.getString(7))))
                    .list();
        }
        return stored;
    }

    private static MapSqlParameterSource values(SourceSystems.Source source, NationalRecord r, long procedureId,
            Instant now) {
        return new MapSqlParameterSource()
                .addValue("code", r.code()).addValue("system_id", source.id()).addValue("agency_code", r.agencyCode())
                .addValue("procedure_id", procedureId).addValue("procedure_code", r.procedureCode())
                .addValue("procedure_name", r.procedureName()).addValue("holder", r.holder())
                .addValue("phone", r.phone()).addValue("status", r.status().code())
                .addValue("channel", r.channel().name()).addValue("received_at", ts(r.receivedAt()))
                .addValue("due_at", ts(r.dueAt())).addValue("returned_at", ts(r.returnedAt()))
                .addValue("finished_at", ts(r.finishedAt())).addValue("fee_vnd", r.feeVnd())
                .addValue("paid_online", r.paidOnline()).addValue("digitized", r.digitized())
                .addValue("vneid_verified", r.vneidVerified()).addValue("record_time", ts(r.recordTime()))
                .addValue("record_steps", r.steps())
                .addValue("record_hash", r.hash()).addValue("record_json", r.json())
                .addValue("updated_at", ts(now));
    }

    @Override
    public List<SyncedDossierReport> after(long afterId, int limit) {
        return jdbc.sql("""
                select id, code, agency_code, procedure_id, channel, status, received_at, due_at, finished_at,
                    returned_at, fee_vnd, paid_online, digitized, record_time, record_steps
                from synced_dossier where id > ? order by id fetch first""" + " " + Math.max(1, limit) + " rows only")
                .param(afterId).query(SyncedDossiers::report).list();
    }

    private static SyncedDossierReport report(ResultSet rs, int row) throws SQLException {
        return report(rs.getLong("id"), rs.getString("code"), rs.getString("agency_code"), rs.getLong("procedure_id"),
                Channel.valueOf(rs.getString("channel")), DossierStatus.ofCode(rs.getInt("status")),
                instant(rs, "received_at"), instant(rs, "due_at"), instant(rs, "finished_at"),
                instant(rs, "returned_at"), rs.getLong("fee_vnd"), rs.getBoolean("paid_online"),
                rs.getBoolean("digitized"), instant(rs, "record_time"), rs.getInt("record_steps"));
    }

    private static SyncedDossierReport report(long id, NationalRecord r, long procedureId) {
        return report(id, r.code(), r.agencyCode(), procedureId, r.channel(), r.status(), r.receivedAt(), r.dueAt(),
                r.finishedAt(), r.returnedAt(), r.feeVnd(), r.paidOnline(), r.digitized(), r.recordTime(), r.steps());
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

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
