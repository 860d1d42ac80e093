package vn.opendvc.feedback.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import vn.opendvc.feedback.FeedbackAction;
import vn.opendvc.feedback.FeedbackKind;
import vn.opendvc.feedback.FeedbackStatus;

/** Rows of the feedback, its history and its files. */
@Component
public class FeedbackStore {

    private static final String COLUMNS = """
            id, code, kind, status, channel, title, content, agency_code, dossier_id, dossier_agency, procedure_id,
            author_account_id, contact_name, contact_email, contact_phone, latitude, longitude, address,
            open311_client_id, submitted_at, deadline_from, accept_due_at, accepted_at, answer_due_at, assignee_id, draft_answer,
            answer, answered_at, answered_on_time, merged_into_id, published, published_at, satisfied, rated_at,
            reopened_at, updated_at, version""";

    /**
     * What Open311 (a public API) shows: requests that came through it, and feedback whose author published the
     * answer; never a feedback about one person's dossier.
     */
    private static final String OPEN311_VISIBLE = "kind <> 'DOSSIER_HANDLING' and (channel = 'OPEN311' or published = true)";

    /** A change of an Open311-visible feedback, for the {@code servicerequestupdates} extension. */
    public record Update(long id, String code, FeedbackAction action, FeedbackStatus to, Instant at, String answer) {
    }

    /** One entry of the history. */
    public record HistoryEntry(Instant at, FeedbackStatus from, FeedbackAction action, FeedbackStatus to,
            Long actorId, String agencyCode, String toAgency, Boolean late, String note) {
    }

    /** An attachment's row. */
    public record FileRow(long id, long feedbackId, String storageKey, String name, String mediaType, long size,
            String sha256) {
    }

    private final JdbcClient jdbc;

    FeedbackStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long nextCodeNumber() {
        return jdbc.sql("select nextval('feedback_code_seq')").query(Long.class).single();
    }

    long insert(FeedbackRecord f, String tokenHash) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into feedback (code, kind, status, channel, title, content, agency_code, dossier_id,
                    dossier_agency, procedure_id, author_account_id, contact_name, contact_email, contact_phone,
                    token_hash, latitude, longitude, address, open311_client_id, submitted_at, deadline_from, accept_due_at,
                    search_text, updated_at)
                values (:code, :kind, :status, :channel, :title, :content, :agency, :dossier, :dossierAgency,
                    :procedure, :author, :contactName, :contactEmail, :contactPhone, :token, :lat, :lon, :address,
                    :client, :submitted, :submitted, :acceptDue, :search, :submitted)""")
                .param("code", f.code()).param("kind", f.kind().name()).param("status", f.status().name())
                .param("channel", f.channel()).param("title", f.title()).param("content", f.content())
                .param("agency", f.agencyCode()).param("dossier", f.dossierId())
                .param("dossierAgency", f.dossierAgency()).param("procedure", f.procedureId())
                .param("author", f.authorAccountId()).param("contactName", f.contactName())
                .param("contactEmail", f.contactEmail()).param("contactPhone", f.contactPhone())
                .param("token", tokenHash).param("lat", f.latitude()).param("lon", f.longitude())
                .param("address", f.address()).param("client", f.open311ClientId())
                .param("submitted", ts(f.submittedAt())).param("acceptDue", ts(f.acceptDueAt()))
                .param("search", searchText(f))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    /** Writes every changeable field; a row changed meanwhile (another version) is a conflict. */
    void update(FeedbackRecord f) {
        int updated = jdbc.sql("""
                update feedback set status = :status, agency_code = :agency, deadline_from = :from, accept_due_at = :acceptDue,
                    accepted_at = :accepted, answer_due_at = :answerDue, assignee_id = :assignee,
                    draft_answer = :draft, answer = :answer, answered_at = :answeredAt, answered_on_time = :onTime,
                    merged_into_id = :mergedInto, published = :published, published_at = :publishedAt,
                    satisfied = :satisfied, rated_at = :ratedAt, reopened_at = :reopenedAt, search_text = :search,
                    updated_at = :updated, version = version + 1
                where id = :id and version = :version""")
                .param("status", f.status().name()).param("agency", f.agencyCode())
                .param("from", ts(f.deadlineFrom())).param("acceptDue", ts(f.acceptDueAt()))
                .param("accepted", ts(f.acceptedAt()))
                .param("answerDue", ts(f.answerDueAt())).param("assignee", f.assigneeId())
                .param("draft", f.draftAnswer()).param("answer", f.answer()).param("answeredAt", ts(f.answeredAt()))
                .param("onTime", f.answeredOnTime()).param("mergedInto", f.mergedIntoId())
                .param("published", f.published()).param("publishedAt", ts(f.publishedAt()))
                .param("satisfied", f.satisfied()).param("ratedAt", ts(f.ratedAt()))
                .param("reopenedAt", ts(f.reopenedAt())).param("search", searchText(f))
                .param("updated", ts(f.updatedAt())).param("id", f.id()).param("version", f.version())
                .update();
        if (updated != 1) {
            // someone else acted on it meanwhile: 409, the caller reloads it and sees what they did
            throw vn.opendvc.web.Problems.conflict(vn.opendvc.web.Message.of("feedback.refused.changed-meanwhile"));
        }
    }

    Optional<FeedbackRecord> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from feedback where id = :id").param("id", id)
                .query(FeedbackStore::map).optional();
    }

    Optional<FeedbackRecord> byCode(String code) {
        return jdbc.sql("select " + COLUMNS + " from feedback where code = :code").param("code", code)
                .query(FeedbackStore::map).optional();
    }

    Optional<FeedbackRecord> byTokenHash(String tokenHash) {
        return jdbc.sql("select " + COLUMNS + " from feedback where token_hash = :token").param("token", tokenHash)
                .query(FeedbackStore::map).optional();
    }

    boolean tokenMatches(long id, String tokenHash) {
        return jdbc.sql("select count(*) from feedback where id = :id and token_hash = :token").param("id", id)
                .param("token", tokenHash).query(Long.class).single() == 1;
    }

    /** The feedback merged into {@code targetId} and still waiting for its answer. */
    List<FeedbackRecord> waitingDuplicates(long targetId) {
        return jdbc.sql("select " + COLUMNS + " from feedback where merged_into_id = :id and status = 'MERGED'"
                + " order by id").param("id", targetId).query(FeedbackStore::map).list();
    }

    List<FeedbackRecord> ofAgency(String agencyCode, int limit) {
        return jdbc.sql("select " + COLUMNS + " from feedback where agency_code = :agency"
                        + " order by submitted_at desc, id desc limit :limit")
                .param("agency", agencyCode).param("limit", limit).query(FeedbackStore::map).list();
    }

    List<FeedbackRecord> ofAuthor(long accountId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from feedback where author_account_id = :author"
                        + " order by submitted_at desc, id desc limit :limit")
                .param("author", accountId).param("limit", limit).query(FeedbackStore::map).list();
    }

    /** Published answers, newest first, optionally of one agency and matching every folded word of the query. */
    List<FeedbackRecord> published(String agencyCode, List<String> foldedWords, int limit) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from feedback where published = true"
                + " and status = 'ANSWERED'");
        List<Object> args = new ArrayList<>();
        if (agencyCode != null) {
            sql.append(" and agency_code = ?");
            args.add(agencyCode);
        }
        for (String word : foldedWords) {
            sql.append(" and search_text like ?");
            args.add("%" + word.replace("\\", "").replace("%", "").replace("_", "") + "%");
        }
        sql.append(" order by answered_at desc, id desc limit ").append(limit);
        return jdbc.sql(sql.toString()).params(args).query(FeedbackStore::map).list();
    }

    /** Open311's GET requests: by codes, or by service code, status and submission period; newest first. */
    List<FeedbackRecord> open311(List<String> codes, List<FeedbackKind> kinds, List<FeedbackStatus> statuses,
            Instant from, Instant to, int limit) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from feedback where " + OPEN311_VISIBLE);
        List<Object> args = new ArrayList<>();
        if (!codes.isEmpty()) {
            sql.append(" and code in (").append(String.join(",", codes.stream().map(c -> "?").toList())).append(")");
            args.addAll(codes);
        }
        if (!kinds.isEmpty()) {
            sql.append(" and kind in (").append(String.join(",", kinds.stream().map(c -> "?").toList())).append(")");
            kinds.forEach(k -> args.add(k.name()));
        }
        if (!statuses.isEmpty()) {
            sql.append(" and status in (").append(String.join(",", statuses.stream().map(c -> "?").toList()))
                    .append(")");
            statuses.forEach(s -> args.add(s.name()));
        }
        if (from != null) {
            sql.append(" and submitted_at >= ?");
            args.add(ts(from));
        }
        if (to != null) {
            sql.append(" and submitted_at <= ?");
            args.add(ts(to));
        }
        sql.append(" order by submitted_at desc, id desc limit ").append(limit);
        return jdbc.sql(sql.toString()).params(args).query(FeedbackStore::map).list();
    }

    List<Update> open311Updates(Instant from, Instant to, int limit) {
        return jdbc.sql("select h.id, f.code, h.action, h.to_status, h.at, f.answer from feedback_history h"
                        + " join feedback f on f.id = h.feedback_id where " + OPEN311_VISIBLE.replace("kind", "f.kind")
                        .replace("channel", "f.channel").replace("published", "f.published")
                        + " and h.at >= :from and h.at <= :to order by h.at, h.id limit :limit")
                .param("from", ts(from)).param("to", ts(to)).param("limit", limit)
                .query((rs, n) -> new Update(rs.getLong("id"), rs.getString("code"),
                        FeedbackAction.valueOf(rs.getString("action")), FeedbackStatus.valueOf(rs.getString("to_status")),
                        instant(rs, "at"), rs.getString("answer"))).list();
    }

    Optional<FeedbackRecord> open311ByCode(String code) {
        return jdbc.sql("select " + COLUMNS + " from feedback where code = :code and " + OPEN311_VISIBLE)
                .param("code", code).query(FeedbackStore::map).optional();
    }

    void history(long feedbackId, Instant at, FeedbackStatus from, FeedbackAction action, FeedbackStatus to,
            Long actorId, String agencyCode, String toAgency, Boolean late, String note) {
        jdbc.sql("""
                insert into feedback_history (feedback_id, at, from_status, action, to_status, actor_id, agency_code,
                    to_agency, late, note)
                values (:feedback, :at, :from, :action, :to, :actor, :agency, :toAgency, :late, :note)""")
                .param("feedback", feedbackId).param("at", ts(at)).param("from", from == null ? null : from.name())
                .param("action", action.name()).param("to", to.name()).param("actor", actorId)
                .param("agency", agencyCode).param("toAgency", toAgency).param("late", late).param("note", note)
                .update();
    }

    public List<HistoryEntry> history(long feedbackId) {
        return jdbc.sql("""
                select at, from_status, action, to_status, actor_id, agency_code, to_agency, late, note
                from feedback_history where feedback_id = :id order by at, id""").param("id", feedbackId)
                .query((rs, n) -> new HistoryEntry(instant(rs, "at"),
                        rs.getString("from_status") == null ? null : FeedbackStatus.valueOf(rs.getString("from_status")),
                        FeedbackAction.valueOf(rs.getString("action")), FeedbackStatus.valueOf(rs.getString("to_status")),
                        (Long) rs.getObject("actor_id", Long.class), rs.getString("agency_code"),
                        rs.getString("to_agency"), (Boolean) rs.getObject("late", Boolean.class), rs.getString("note")))
                .list();
    }

    void insertFile(long feedbackId, String key, String name, String mediaType, long size, String sha256,
            Instant at) {
        jdbc.sql("""
                insert into feedback_file (feedback_id, storage_key, name, media_type, size_bytes, sha256, uploaded_at)
                values (:feedback, :key, :name, :type, :size, :sha, :at)""")
                .param("feedback", feedbackId).param("key", key).param("name", name).param("type", mediaType)
                .param("size", size).param("sha", sha256).param("at", ts(at)).update();
    }

    public List<FileRow> files(long feedbackId) {
        return jdbc.sql("select id, feedback_id, storage_key, name, media_type, size_bytes, sha256 from feedback_file"
                        + " where feedback_id = :id order by id").param("id", feedbackId)
                .query((rs, n) -> new FileRow(rs.getLong("id"), rs.getLong("feedback_id"), rs.getString("storage_key"),
                        rs.getString("name"), rs.getString("media_type"), rs.getLong("size_bytes"),
                        rs.getString("sha256"))).list();
    }

    java.util.Map<Long, Instant> dossierComplaints(Collection<Long> dossierIds) {
        java.util.Map<Long, Instant> out = new java.util.HashMap<>();
        if (dossierIds.isEmpty()) {
            return out;
        }
        jdbc.sql("select dossier_id, min(accepted_at) as first_at from feedback where kind = 'DOSSIER_HANDLING'"
                        + " and accepted_at is not null and dossier_id in (:ids) group by dossier_id")
                .param("ids", dossierIds)
                .query(rs -> {
                    out.put(rs.getLong("dossier_id"), instant(rs, "first_at"));
                });
        return out;
    }

    Set<String> referencedKeys(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select storage_key from feedback_file where storage_key in (:keys)")
                .param("keys", keys).query(String.class).list());
    }

    private static String searchText(FeedbackRecord f) {
        String text = SearchText.fold(f.title() + " " + f.content() + " " + (f.answer() == null ? "" : f.answer()));
        return text.length() > 8200 ? text.substring(0, 8200) : text;
    }

    static FeedbackRecord map(ResultSet rs, int row) throws SQLException {
        return new FeedbackRecord(rs.getLong("id"), rs.getString("code"), FeedbackKind.valueOf(rs.getString("kind")),
                FeedbackStatus.valueOf(rs.getString("status")), rs.getString("channel"), rs.getString("title"),
                rs.getString("content"), rs.getString("agency_code"), rs.getObject("dossier_id", Long.class),
                rs.getString("dossier_agency"), rs.getObject("procedure_id", Long.class),
                rs.getObject("author_account_id", Long.class), rs.getString("contact_name"),
                rs.getString("contact_email"), rs.getString("contact_phone"), rs.getObject("latitude", Double.class),
                rs.getObject("longitude", Double.class), rs.getString("address"),
                rs.getObject("open311_client_id", Long.class), instant(rs, "submitted_at"),
                instant(rs, "deadline_from"), instant(rs, "accept_due_at"), instant(rs, "accepted_at"), instant(rs, "answer_due_at"),
                rs.getObject("assignee_id", Long.class), rs.getString("draft_answer"), rs.getString("answer"),
                instant(rs, "answered_at"), rs.getObject("answered_on_time", Boolean.class),
                rs.getObject("merged_into_id", Long.class), rs.getBoolean("published"), instant(rs, "published_at"),
                rs.getObject("satisfied", Boolean.class), instant(rs, "rated_at"), instant(rs, "reopened_at"),
                instant(rs, "updated_at"), rs.getInt("version"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
