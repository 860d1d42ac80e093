package vn.opendvc.sync.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

import vn.opendvc.dossier.Channel;
import vn.opendvc.dossier.DossierStatus;
import vn.opendvc.sync.SyncedDossierFacts;
import vn.opendvc.sync.SyncedDossierReport;

/**
 * The synced dossiers' latest accepted records, one row per dossier code, and what a new record does to one: a
 * repeated record or an older one changes nothing, a status the national table does not allow after the stored one is
 * refused, anything else replaces the stored record. Runs in the caller's transaction (one savepoint per record).
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

    /** The stored state of a synced dossier that a new record is compared with. */
    record Stored(long id, long systemId, String agencyCode, DossierStatus status, Instant recordTime, String hash) {
    }

    static final class Refused extends RuntimeException {

        final RecordError error;

        Refused(RecordError error) {
            super(error.field(), null, false, false);
            this.error = error;
        }
    }

    private final JdbcClient jdbc;

    SyncedDossiers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Applies an accepted record of {@code source}; the procedure is the catalog's id of its {@code MaTTHC}. */
    Outcome apply(SourceSystems.Source source, NationalRecord r, long procedureId, Instant now) {
        Optional<Stored> stored = jdbc.sql("""
                select id, system_id, agency_code, status, record_time, record_hash from synced_dossier
                where code = ? for update""").param(r.code())
                .query((rs, row) -> new Stored(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        DossierStatus.ofCode(rs.getInt(4)), rs.getTimestamp(5).toInstant(), rs.getString(6)))
                .optional();
        if (stored.isEmpty()) {
            insert(source, r, procedureId, now);
            return Outcome.CREATED;
        }
        Stored s = stored.get();
        if (!source.reportsFor(s.agencyCode())) {
            throw new Refused(RecordError.of("MaHoSo", "other-agency", s.agencyCode()));
        }
        if (s.hash().equals(r.hash())) {
            return Outcome.UNCHANGED;
        }
        if (r.recordTime().isBefore(s.recordTime())) {
            return Outcome.OLDER;
        }
        if (!StatusPaths.allowed(s.status(), r.status())) {
            throw new Refused(RecordError.of("TrangThaiHoSo", "regression", s.status().code(), r.status().code()));
        }
        update(s.id(), source, r, procedureId, now);
        return Outcome.UPDATED;
    }

    private void insert(SourceSystems.Source source, NationalRecord r, long procedureId, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into synced_dossier (code, " + COLUMNS + ") values (:code, " + PARAMETERS + ")")
                .paramSource(values(source, r, procedureId, now)).update(keys, "id");
    }

    private void update(long id, SourceSystems.Source source, NationalRecord r, long procedureId, Instant now) {
        jdbc.sql("update synced_dossier set " + ASSIGNMENTS + " where id = :id")
                .paramSource(values(source, r, procedureId, now).addValue("id", id)).update();
    }

    private static final String COLUMNS = "system_id, agency_code, procedure_id, procedure_code, procedure_name, "
            + "holder, phone, status, channel, received_at, due_at, returned_at, finished_at, fee_vnd, paid_online, "
            + "digitized, vneid_verified, record_time, record_hash, record_json, updated_at";
    private static final String PARAMETERS = ":" + COLUMNS.replace(", ", ", :");
    private static final String ASSIGNMENTS = java.util.Arrays.stream(COLUMNS.split(", "))
            .map(column -> column + " = :" + column).collect(java.util.stream.Collectors.joining(", "));

    private static org.springframework.jdbc.core.namedparam.MapSqlParameterSource values(SourceSystems.Source source,
            NationalRecord r, long procedureId, Instant now) {
        return new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
                .addValue("code", r.code()).addValue("system_id", source.id()).addValue("agency_code", r.agencyCode())
                .addValue("procedure_id", procedureId).addValue("procedure_code", r.procedureCode())
                .addValue("procedure_name", r.procedureName()).addValue("holder", r.holder())
                .addValue("phone", r.phone()).addValue("status", r.status().code())
                .addValue("channel", r.channel().name()).addValue("received_at", ts(r.receivedAt()))
                .addValue("due_at", ts(r.dueAt())).addValue("returned_at", ts(r.returnedAt()))
                .addValue("finished_at", ts(r.finishedAt())).addValue("fee_vnd", r.feeVnd())
                .addValue("paid_online", r.paidOnline()).addValue("digitized", r.digitized())
                .addValue("vneid_verified", r.vneidVerified()).addValue("record_time", ts(r.recordTime()))
                .addValue("record_hash", r.hash()).addValue("record_json", r.json())
                .addValue("updated_at", ts(now));
    }

    /** The report of a synced dossier as now stored, for the indicators. */
    Optional<SyncedDossierReport> report(String code) {
        return jdbc.sql(REPORT + " where code = ?").param(code).query(SyncedDossiers::report).optional();
    }

    @Override
    public List<SyncedDossierReport> after(long afterId, int limit) {
        return jdbc.sql(REPORT + " where id > ? order by id fetch first " + Math.max(1, limit) + " rows only")
                .param(afterId).query(SyncedDossiers::report).list();
    }

    private static final String REPORT = """
            select id, code, agency_code, procedure_id, channel, status, received_at, due_at, finished_at,
                returned_at, fee_vnd, paid_online, digitized, record_time
            from synced_dossier""";

    private static SyncedDossierReport report(ResultSet rs, int row) throws SQLException {
        DossierStatus status = DossierStatus.ofCode(rs.getInt("status"));
        Instant finished = instant(rs, "finished_at");
        // a dossier whose result was handed over finished as done, as a native one does
        DossierStatus outcome = finished == null || !status.isFinal() && status != DossierStatus.DONE ? null
                : status == DossierStatus.RESULT_RETURNED ? DossierStatus.DONE : status;
        return new SyncedDossierReport(rs.getLong("id"), rs.getString("code"), rs.getString("agency_code"),
                rs.getLong("procedure_id"), Channel.valueOf(rs.getString("channel")), status,
                instant(rs, "received_at"), instant(rs, "due_at"), outcome == null ? null : finished, outcome,
                status == DossierStatus.RESULT_RETURNED ? instant(rs, "returned_at") : null,
                rs.getLong("fee_vnd") > 0, rs.getBoolean("paid_online"), rs.getBoolean("digitized"),
                instant(rs, "record_time"));
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
