package vn.opendvc.dossier.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.opendvc.calendar.Pause;
import vn.opendvc.dossier.Channel;
import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.DossierAction;
import vn.opendvc.dossier.DossierFile;
import vn.opendvc.dossier.DossierProblem;
import vn.opendvc.dossier.DossierStatus;

/** Rows of the dossier tables. Updates of a dossier row check its version (optimistic locking). */
@Component
class DossierStore {

    private static final String COLUMNS = """
            id, code, procedure_id, procedure_name, agency_code, channel, status, applicant_id, applicant_name,
            applicant_phone, created_by, form_data, processing_days, fee_due_vnd, current_step, created_at, submitted_at,
            received_at, due_at, finished_at, delivered_at, apologized_at, version""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    DossierStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The row itself, before history, files and steps are attached. */
    record Row(long id, String code, long procedureId, String procedureName, String agencyCode, Channel channel,
            DossierStatus status, Long applicantId, String applicantName, String applicantPhone, long createdBy,
            Map<String, String> formData, java.math.BigDecimal processingDays, Long feeDueVnd, int currentStep,
            Instant createdAt,
            Instant submittedAt, Instant receivedAt, Instant dueAt, Instant finishedAt, Instant deliveredAt,
            Instant apologizedAt, int version) {

        /** A copy with some columns changed, for an update. */
        static final class Builder {
            private final Row row;
            private String code;
            private DossierStatus status;
            private Map<String, String> formData;
            private Long feeDueVnd;
            private int currentStep;
            private Instant submittedAt, receivedAt, dueAt, finishedAt, deliveredAt, apologizedAt;

            Builder(Row row) {
                this.row = row;
                code = row.code;
                status = row.status;
                formData = row.formData;
                feeDueVnd = row.feeDueVnd;
                currentStep = row.currentStep;
                submittedAt = row.submittedAt;
                receivedAt = row.receivedAt;
                dueAt = row.dueAt;
                finishedAt = row.finishedAt;
                deliveredAt = row.deliveredAt;
                apologizedAt = row.apologizedAt;
            }

            Builder code(String v) { code = v; return this; }
            Builder status(DossierStatus v) { status = v; return this; }
            Builder formData(Map<String, String> v) { formData = v; return this; }
            Builder feeDueVnd(Long v) { feeDueVnd = v; return this; }
            Builder currentStep(int v) { currentStep = v; return this; }
            Builder submittedAt(Instant v) { submittedAt = v; return this; }
            Builder receivedAt(Instant v) { receivedAt = v; return this; }
            Builder dueAt(Instant v) { dueAt = v; return this; }
            Builder finishedAt(Instant v) { finishedAt = v; return this; }
            Builder deliveredAt(Instant v) { deliveredAt = v; return this; }
            Builder apologizedAt(Instant v) { apologizedAt = v; return this; }

            Row build() {
                return new Row(row.id, code, row.procedureId, row.procedureName, row.agencyCode, row.channel, status,
                        row.applicantId, row.applicantName, row.applicantPhone, row.createdBy, formData,
                        row.processingDays, feeDueVnd, currentStep, row.createdAt, submittedAt, receivedAt, dueAt, finishedAt,
                        deliveredAt, apologizedAt, row.version);
            }
        }
    }

    long insertDraft(Row r) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into dossier (procedure_id, procedure_name, agency_code, channel, status, applicant_id,
                    applicant_name, applicant_phone, created_by, form_data, processing_days, current_step, created_at,
                    version)
                values (:procedure, :procedureName, :agency, :channel, 0, :applicant, :applicantName, :applicantPhone,
                    :createdBy, :formData, :processingDays, 1, :createdAt, 0)""")
                .param("procedure", r.procedureId()).param("procedureName", r.procedureName())
                .param("agency", r.agencyCode()).param("channel", r.channel().name())
                .param("applicant", r.applicantId()).param("applicantName", r.applicantName())
                .param("applicantPhone", r.applicantPhone()).param("createdBy", r.createdBy())
                .param("formData", json.writeValueAsString(r.formData()))
                .param("processingDays", r.processingDays()).param("createdAt", ts(r.createdAt()))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<Row> row(long id) {
        return jdbc.sql("select " + COLUMNS + " from dossier where id = :id").param("id", id).query(this::mapRow)
                .optional();
    }

    /**
     * The row, locked until the end of the transaction: a second officer acting on the same dossier at the same
     * moment waits, then sees the first one's change (instead of both writing steps, pauses and files).
     */
    Optional<Row> rowForUpdate(long id) {
        return jdbc.sql("select " + COLUMNS + " from dossier where id = :id for update").param("id", id).query(this::mapRow)
                .optional();
    }

    Optional<Row> rowByCode(String code) {
        return jdbc.sql("select " + COLUMNS + " from dossier where code = :code").param("code", code).query(this::mapRow)
                .optional();
    }

    /** Applies a change decided on {@code expectedVersion}; someone else's change in between is a 409. */
    void update(Row r, int expectedVersion) {
        int updated = jdbc.sql("""
                update dossier set code = :code, status = :status, form_data = :formData, fee_due_vnd = :fee,
                    current_step = :step, submitted_at = :submittedAt, received_at = :receivedAt, due_at = :dueAt,
                    finished_at = :finishedAt, delivered_at = :deliveredAt, apologized_at = :apologizedAt,
                    version = version + 1
                where id = :id and version = :version""")
                .param("code", r.code()).param("status", r.status().code())
                .param("formData", json.writeValueAsString(r.formData())).param("fee", r.feeDueVnd())
                .param("step", r.currentStep()).param("submittedAt", ts(r.submittedAt()))
                .param("receivedAt", ts(r.receivedAt())).param("dueAt", ts(r.dueAt()))
                .param("finishedAt", ts(r.finishedAt())).param("deliveredAt", ts(r.deliveredAt()))
                .param("apologizedAt", ts(r.apologizedAt())).param("id", r.id()).param("version", expectedVersion)
                .update();
        if (updated != 1) {
            throw DossierProblem.concurrentChange();
        }
    }

    void history(long dossierId, Instant at, DossierStatus from, DossierStatus to, DossierAction action, long actorId,
            String actorName, String note) {
        jdbc.sql("""
                insert into dossier_history (dossier_id, at, from_status, to_status, action, actor_id, actor_name, note)
                values (:dossier, :at, :from, :to, :action, :actor, :actorName, :note)""")
                .param("dossier", dossierId).param("at", ts(at)).param("from", from.code()).param("to", to.code())
                .param("action", action.name()).param("actor", actorId).param("actorName", actorName)
                .param("note", note).update();
    }

    List<Dossier.HistoryEntry> history(long dossierId) {
        return jdbc.sql("""
                select at, from_status, to_status, action, actor_name, note from dossier_history
                where dossier_id = :dossier order by at, id""").param("dossier", dossierId)
                .query((rs, n) -> new Dossier.HistoryEntry(instant(rs, "at"), DossierStatus.ofCode(rs.getInt(2)),
                        DossierStatus.ofCode(rs.getInt(3)), DossierAction.valueOf(rs.getString(4)), rs.getString(5),
                        rs.getString(6)))
                .list();
    }

    /** A file row; {@code verificationId} only for a result. */
    record NewFile(long dossierId, DossierFile.Kind kind, String document, String fileName, String mediaType,
            long size, String sha256, String storageKey, DossierFile.Source source, String verificationId,
            Instant at, long by) {
    }

    long insertFile(NewFile f) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into dossier_file (dossier_id, kind, document_name, file_name, media_type, size_bytes, sha256,
                    storage_key, source, verification_id, created_at, created_by)
                values (:dossier, :kind, :document, :fileName, :mediaType, :size, :sha256, :storageKey, :source,
                    :verificationId, :at, :by)""")
                .param("dossier", f.dossierId()).param("kind", f.kind().name()).param("document", f.document())
                .param("fileName", f.fileName()).param("mediaType", f.mediaType()).param("size", f.size())
                .param("sha256", f.sha256()).param("storageKey", f.storageKey()).param("source", f.source().name())
                .param("verificationId", f.verificationId()).param("at", ts(f.at())).param("by", f.by())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    List<DossierFile> files(long dossierId) {
        return jdbc.sql("""
                select id, kind, document_name, file_name, media_type, size_bytes, sha256, source, verification_id,
                    created_at
                from dossier_file where dossier_id = :dossier order by id""").param("dossier", dossierId)
                .query((rs, n) -> new DossierFile(rs.getLong(1), DossierFile.Kind.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6), rs.getString(7),
                        DossierFile.Source.valueOf(rs.getString(8)), rs.getString(9), instant(rs, "created_at")))
                .list();
    }

    Optional<String> storageKey(long dossierId, long fileId) {
        return jdbc.sql("select storage_key from dossier_file where dossier_id = :dossier and id = :id")
                .param("dossier", dossierId).param("id", fileId).query(String.class).optional();
    }

    void startPause(long dossierId, Instant at) {
        jdbc.sql("insert into dossier_pause (dossier_id, started_at) values (:dossier, :at)")
                .param("dossier", dossierId).param("at", ts(at)).update();
    }

    void endPause(long dossierId, Instant at) {
        jdbc.sql("update dossier_pause set ended_at = :at where dossier_id = :dossier and ended_at is null")
                .param("at", ts(at)).param("dossier", dossierId).update();
    }

    List<Pause> pauses(long dossierId) {
        return jdbc.sql("select started_at, ended_at from dossier_pause where dossier_id = :dossier order by started_at")
                .param("dossier", dossierId).query((rs, n) -> new Pause(instant(rs, "started_at"), instant(rs, "ended_at")))
                .list();
    }

    /**
     * Writes the steps that differ from the stored ones: a transition usually closes or plans one step, and rewriting
     * every step of the dossier on each transition was a third of a lifecycle's row writes.
     */
    void saveSteps(long dossierId, List<Dossier.Step> stored, List<Dossier.Step> steps) {
        Map<Integer, Dossier.Step> before = new HashMap<>();
        stored.forEach(s -> before.put(s.position(), s));
        for (Dossier.Step s : steps) {
            Dossier.Step old = before.remove(s.position());
            if (s.equals(old)) {
                continue;
            }
            String sql = old == null
                    ? "insert into dossier_step (dossier_id, position, name, role, share_pct, due_at, done_at) "
                            + "values (:dossier, :position, :name, :role, :share, :dueAt, :doneAt)"
                    : "update dossier_step set name = :name, role = :role, share_pct = :share, due_at = :dueAt, "
                            + "done_at = :doneAt where dossier_id = :dossier and position = :position";
            jdbc.sql(sql).param("dossier", dossierId).param("position", s.position()).param("name", s.name())
                    .param("role", s.role()).param("share", s.sharePercent()).param("dueAt", ts(s.dueAt()))
                    .param("doneAt", ts(s.doneAt()))
                    .update();
        }
        for (Integer gone : before.keySet()) {
            jdbc.sql("delete from dossier_step where dossier_id = :dossier and position = :position")
                    .param("dossier", dossierId).param("position", gone).update();
        }
    }

    List<Dossier.Step> steps(long dossierId) {
        return jdbc.sql("select position, name, role, share_pct, due_at, done_at from dossier_step "
                        + "where dossier_id = :dossier order by position")
                .param("dossier", dossierId)
                .query((rs, n) -> new Dossier.Step(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        instant(rs, "due_at"), instant(rs, "done_at")))
                .list();
    }

    /** Dossiers someone applied for or registered, newest first. */
    List<Row> ofAccount(long accountId) {
        return jdbc.sql("select " + COLUMNS + " from dossier where applicant_id = :account or created_by = :account "
                + "order by created_at desc, id desc").param("account", accountId).query(this::mapRow).list();
    }

    /** Whether the applicant has a dossier of the procedure in one of the statuses, {@code except} aside. */
    boolean hasOpen(long applicantId, long procedureId, java.util.Collection<DossierStatus> statuses, Long except) {
        return jdbc.sql("""
                select count(*) from dossier where applicant_id = :applicant and procedure_id = :procedure
                and status in (:statuses) and id <> :except""")
                .param("applicant", applicantId).param("procedure", procedureId)
                .param("statuses", statuses.stream().map(DossierStatus::code).toList())
                .param("except", except == null ? -1L : except).query(Long.class).single() > 0;
    }

    /**
     * Dossiers of an agency in the given statuses; the dossier of a connected procedure is left out, it coordinates
     * its members and waits for no officer.
     */
    List<Row> ofAgency(String agencyCode, List<Integer> statuses) {
        return jdbc.sql("select " + COLUMNS + " from dossier d where agency_code = :agency and status in (:statuses)"
                + " and not exists (select 1 from dossier m where m.parent_id = d.id)")
                .param("agency", agencyCode).param("statuses", statuses).query(this::mapRow).list();
    }

    /** Makes {@code memberId} a member dossier of the connected procedure's dossier {@code parentId}. */
    void parent(long memberId, long parentId) {
        jdbc.sql("update dossier set parent_id = :parent where id = :id").param("parent", parentId)
                .param("id", memberId).update();
    }

    /** The dossier of the connected procedure {@code id} is a member of, if any. */
    Long parentOf(long id) {
        return jdbc.sql("select parent_id from dossier where id = :id").param("id", id).query(Long.class).optional()
                .orElse(null);
    }

    /** The member dossiers of a connected procedure's dossier, in the order they were created. */
    List<Dossier.Child> children(long parentId) {
        return jdbc.sql("""
                select id, code, procedure_id, procedure_name, agency_code, status, due_at from dossier
                where parent_id = :parent order by id""").param("parent", parentId)
                .query((rs, n) -> new Dossier.Child(rs.getLong("id"), rs.getString("code"),
                        rs.getLong("procedure_id"), null, rs.getString("procedure_name"), rs.getString("agency_code"),
                        DossierStatus.ofCode(rs.getInt("status")), instant(rs, "due_at")))
                .list();
    }

    /** Whether the dossier coordinates member dossiers (a connected procedure's): no officer acts on it. */
    boolean coordinates(long id) {
        return jdbc.sql("select count(*) from dossier where parent_id = :id").param("id", id).query(Long.class)
                .single() > 0;
    }

    private Row mapRow(ResultSet rs, int n) throws SQLException {
        long applicant = rs.getLong("applicant_id");
        Long applicantId = rs.wasNull() ? null : applicant;
        return new Row(rs.getLong("id"), rs.getString("code"), rs.getLong("procedure_id"),
                rs.getString("procedure_name"), rs.getString("agency_code"), Channel.valueOf(rs.getString("channel")),
                DossierStatus.ofCode(rs.getInt("status")), applicantId, rs.getString("applicant_name"),
                rs.getString("applicant_phone"), rs.getLong("created_by"),
                json.readValue(rs.getString("form_data"), new TypeReference<Map<String, String>>() { }),
                rs.getBigDecimal("processing_days"), nullableLong(rs, "fee_due_vnd"), rs.getInt("current_step"),
                instant(rs, "created_at"),
                instant(rs, "submitted_at"), instant(rs, "received_at"), instant(rs, "due_at"),
                instant(rs, "finished_at"), instant(rs, "delivered_at"), instant(rs, "apologized_at"),
                rs.getInt("version"));
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
