package vn.opendvc.monitoring.internal;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.opendvc.bulk.BulkInsert;
import vn.opendvc.dossier.Channel;
import vn.opendvc.dossier.DossierStatus;

/**
 * Applies a change of one dossier's track to the counters in the listener's transaction (one connection): the track
 * row is locked, the counters get the difference between the track's contribution after and before. Should two
 * first inserts of the same row collide, the listener fails and its event publication stays incomplete, to be
 * resubmitted by the event publication registry.
 */
@Component
class CounterLedger {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batches;
    private final TransactionTemplate transactions;
    private final TransactionTemplate savepoint;

    private final BulkInsert trackInsert;

    CounterLedger(JdbcClient jdbc, NamedParameterJdbcTemplate batches,
            PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
        this.savepoint = new TransactionTemplate(transactionManager);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.trackInsert = new BulkInsert(batches.getJdbcTemplate(), "indicator_dossier",
                Stream.concat(TRACK_COLUMNS.stream(), Stream.of("dossier_id")).toList(), TRACK_TYPES);
    }

    void update(long dossierId, UnaryOperator<Track> change) {
        transactions.executeWithoutResult(status -> apply(dossierId, change));
    }

    /**
     * Many tracks changed at once (a sync batch): their rows locked in one statement, written in JDBC batches, the
     * counters moved by the sum of the differences in one batched addition. Should another writer insert one of the
     * new rows meanwhile, the batch is undone at its savepoint and each track goes the one-by-one way.
     */
    void updateAll(Map<Long, UnaryOperator<Track>> changes) {
        transactions.executeWithoutResult(status -> {
            try {
                savepoint.executeWithoutResult(inner -> applyAll(changes));
            } catch (org.springframework.dao.DuplicateKeyException collided) {
                changes.forEach(this::apply);
            }
        });
    }

    private void applyAll(Map<Long, UnaryOperator<Track>> changes) {
        List<Long> ids = new ArrayList<>(changes.keySet());
        ids.sort(null);
        Map<Long, Track> stored = new HashMap<>();
        jdbc.sql("select * from indicator_dossier where dossier_id = any(?) order by dossier_id for update")
                .param(ids.toArray(Long[]::new))
                .query(CounterLedger::track).list().forEach(track -> stored.put(track.dossierId(), track));
        List<Track> inserts = new ArrayList<>();
        List<Track> updates = new ArrayList<>();
        Map<Track.Key, Long> diff = new HashMap<>();
        for (Long id : ids) {
            Track before = stored.getOrDefault(id, Track.empty(id));
            Track after = changes.get(id).apply(before);
            if (after.equals(before)) {
                continue;
            }
            if (stored.containsKey(id)) {
                updates.add(after);
            } else {
                inserts.add(after);
            }
            Track.difference(before, after).forEach((key, value) -> diff.merge(key, value, Long::sum));
        }
        insertBatched(inserts);
        updateBatched(updates);
        diff.values().removeIf(v -> v == 0);
        addBatched(diff);
    }

    /**
     * Two events of one dossier may arrive at once: the row lock serialises them; when both find no row yet, the
     * second insert fails at its savepoint and that event goes round again, now waiting for the first one's row.
     */
    private void apply(long dossierId, UnaryOperator<Track> change) {
        for (int attempt = 1; ; attempt++) {
            Optional<Track> stored = jdbc.sql("select * from indicator_dossier where dossier_id = :dossier for update")
                    .param("dossier", dossierId).query(CounterLedger::track).optional();
            Track before = stored.orElse(Track.empty(dossierId));
            Track after = change.apply(before);
            if (stored.isPresent()) {
                jdbc.sql(UPDATE_TRACK).paramSource(values(after)).update();
            } else if (!insertedAtSavepoint(() -> insert(after))) {
                if (attempt >= 3) {
                    throw new IllegalStateException("indicator record of dossier " + dossierId + " keeps colliding");
                }
                continue;
            }
            add(Track.difference(before, after));
            return;
        }
    }

    /**
     * Adds to the counters at their three grains (agency × procedure × day, agency × day, agency × month): update,
     * or insert a new row; a row inserted meanwhile by another event is updated.
     */
    void add(Map<Track.Key, Long> diff) {
        Map<Grain.Row, Long> rows = new HashMap<>();
        diff.forEach((key, value) -> {
            for (Grain grain : Grain.values()) {
                rows.merge(grain.row(key), value, Long::sum);
            }
        });
        rows.forEach((row, value) -> {
            if (value != 0) {
                addOne(row, value);
            }
        });
    }

    /**
     * Adds figures that belong to an agency and not to a procedure (the answers to feedback): only the agency × day
     * and agency × month roll-ups, which the scorecards read; the procedure grain stays the dossiers'.
     */
    void addToAgency(Map<Track.Key, Long> diff) {
        diff.forEach((key, value) -> {
            if (value != 0) {
                addOne(Grain.AGENCY_DAY.row(key), value);
                addOne(Grain.AGENCY_MONTH.row(key), value);
            }
        });
    }

    private void addOne(Grain.Row row, long value) {
        if (addTo(row, value) == 0 && !insertedAtSavepoint(() -> jdbc.sql(row.grain().insert)
                .paramSource(row.values(value)).update())) {
            addTo(row, value);
        }
    }

    /**
     * The same sums as {@link #add}, for many rows at once (a bulk load: synthetic data, the recomputation). Must run
     * inside a transaction. On PostgreSQL one upsert statement per grain; elsewhere one JDBC batch of updates per
     * grain, then one batch inserting the rows no update found. Should a concurrent event insert one of these rows
     * meanwhile, that insert batch is undone at its savepoint and those rows go through {@link #add}'s row-by-row
     * path.
     */
    void addBatched(Map<Track.Key, Long> contributions) {
        for (Grain grain : Grain.values()) {
            Map<Grain.Row, Long> rows = new HashMap<>();
            contributions.forEach((key, value) -> rows.merge(grain.row(key), value, Long::sum));
            rows.values().removeIf(v -> v == 0);
            List<Grain.Row> keys = new ArrayList<>(rows.keySet());
            // one order for every writer, so two bulk loads lock rows in the same order and cannot deadlock
            keys.sort(Grain.Row.ORDER);
            if (trackInsert.copies()) { // PostgreSQL
                upsert(grain, keys, rows);
                continue;
            }
            MapSqlParameterSource[] updates = new MapSqlParameterSource[keys.size()];
            for (int i = 0; i < updates.length; i++) {
                updates[i] = keys.get(i).values(rows.get(keys.get(i)));
            }
            int[] updated = batches.batchUpdate(grain.update, updates);
            List<MapSqlParameterSource> inserts = new ArrayList<>();
            List<Grain.Row> missing = new ArrayList<>();
            for (int i = 0; i < updated.length; i++) {
                if (updated[i] < 0) {
                    // the driver did not say whether the row existed: adding again could count twice
                    throw new IllegalStateException("JDBC driver returned no update count for " + grain);
                }
                if (updated[i] == 0) {
                    missing.add(keys.get(i));
                    inserts.add(keys.get(i).values(rows.get(keys.get(i))));
                }
            }
            if (!inserts.isEmpty() && !insertedAtSavepoint(() -> batches.batchUpdate(grain.insert,
                    inserts.toArray(MapSqlParameterSource[]::new)))) {
                missing.forEach(row -> addOne(row, rows.get(row)));
            }
        }
    }

    /**
     * PostgreSQL: the whole grain in one statement (arrays unnested, insert or add on conflict), which also settles
     * a row inserted meanwhile by an event; a JDBC batch would cost one statement per row.
     */
    private void upsert(Grain grain, List<Grain.Row> keys, Map<Grain.Row, Long> rows) {
        if (keys.isEmpty()) {
            return;
        }
        int n = keys.size();
        String[] agencies = new String[n];
        Date[] days = new Date[n];
        Long[] procedures = new Long[n];
        String[] metrics = new String[n];
        Long[] values = new Long[n];
        for (int i = 0; i < n; i++) {
            Grain.Row row = keys.get(i);
            agencies[i] = row.agencyCode();
            days[i] = Date.valueOf(row.day());
            procedures[i] = row.procedureId();
            metrics[i] = row.metric();
            values[i] = rows.get(row);
        }
        batches.getJdbcTemplate().execute((ConnectionCallback<Void>) connection -> {
            boolean procedure = grain == Grain.PROCEDURE_DAY;
            try (PreparedStatement statement = connection.prepareStatement(grain.upsert)) {
                int i = 1;
                statement.setArray(i++, connection.createArrayOf("varchar", agencies));
                statement.setArray(i++, connection.createArrayOf("date", days));
                if (procedure) {
                    statement.setArray(i++, connection.createArrayOf("bigint", procedures));
                }
                statement.setArray(i++, connection.createArrayOf("varchar", metrics));
                statement.setArray(i, connection.createArrayOf("bigint", values));
                statement.executeUpdate();
            }
            return null;
        });
    }

    private int addTo(Grain.Row row, long value) {
        return jdbc.sql(row.grain().update).paramSource(row.values(value)).update();
    }

    /** Runs an insert at a savepoint of the current transaction: false when the row exists already. */
    private boolean insertedAtSavepoint(Runnable insert) {
        try {
            savepoint.executeWithoutResult(status -> insert.run());
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        } catch (DataIntegrityViolationException e) {
            // a failed JDBC batch is not always translated as a duplicate key: the caller retries row by row,
            // where any other violation surfaces as itself
            return false;
        }
    }

    /** Stores a track as is (the full recomputation). */
    void insert(Track track) {
        jdbc.sql(INSERT_TRACK).paramSource(values(track)).update();
    }

    /** The columns of a track besides its key {@code dossier_id}; each is also the name of its parameter. */
    private static final List<String> TRACK_COLUMNS = List.of("agency_code", "procedure_id", "channel",
            "fee_applies", "submitted_at", "due_at", "last_event_at", "finished_at", "outcome", "delivered_at", "paid",
            "rated_at", "rating_score", "complaint", "code", "digitized", "reused", "complaint_accepted_at");

    private static final String INSERT_TRACK = "insert into indicator_dossier (" + String.join(", ", TRACK_COLUMNS)
            + ", dossier_id) values (:" + String.join(", :", TRACK_COLUMNS) + ", :dossier_id)";

    private static final String UPDATE_TRACK = "update indicator_dossier set "
            + String.join(", ", TRACK_COLUMNS.stream().map(c -> c + " = :" + c).toList())
            + " where dossier_id = :dossier_id";

    /** The track columns' SQL types, then {@code dossier_id}'s: positional and typed, no name lookups per row. */
    private static final int[] TRACK_TYPES = {Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.BOOLEAN,
            Types.TIMESTAMP, Types.TIMESTAMP, Types.TIMESTAMP, Types.TIMESTAMP, Types.INTEGER, Types.TIMESTAMP,
            Types.BOOLEAN, Types.TIMESTAMP, Types.INTEGER, Types.BOOLEAN, Types.VARCHAR, Types.BOOLEAN, Types.BOOLEAN,
            Types.TIMESTAMP, Types.BIGINT};

    private static final String UPDATE_TRACK_POSITIONAL = UPDATE_TRACK.replaceAll(":[a-z_]+", "?");

    /** Stores many tracks as they are, in bulk (a bulk load, a sync batch: COPY on PostgreSQL). */
    void insertBatched(List<Track> tracks) {
        trackInsert.insert(tracks.stream().map(CounterLedger::positional).toList());
    }

    private void updateBatched(List<Track> tracks) {
        batches.getJdbcTemplate().batchUpdate(UPDATE_TRACK_POSITIONAL,
                tracks.stream().map(t -> BulkInsert.jdbcValues(positional(t))).toList(), TRACK_TYPES);
    }

    /** A track's values in {@link #TRACK_COLUMNS} order, then its dossier id; times as instants. */
    private static Object[] positional(Track t) {
        return new Object[] {t.agencyCode(), t.procedureId(), t.channel() == null ? null : t.channel().name(),
                t.feeApplies(), t.submittedAt(), t.dueAt(), t.lastEventAt(), t.finishedAt(),
                t.outcome() == null ? null : t.outcome().code(), t.deliveredAt(), t.paid(), t.ratedAt(),
                t.ratingScore(), t.complaint(), t.code(), t.digitized(), t.reused(), t.complaintAcceptedAt(),
                t.dossierId()};
    }

    Optional<Track> find(long dossierId) {
        return jdbc.sql("select * from indicator_dossier where dossier_id = :dossier").param("dossier", dossierId)
                .query(CounterLedger::track).optional();
    }

    private static MapSqlParameterSource values(Track t) {
        return new MapSqlParameterSource().addValue("agency_code", t.agencyCode())
                .addValue("procedure_id", t.procedureId())
                .addValue("channel", t.channel() == null ? null : t.channel().name())
                .addValue("fee_applies", t.feeApplies()).addValue("submitted_at", ts(t.submittedAt()))
                .addValue("due_at", ts(t.dueAt())).addValue("last_event_at", ts(t.lastEventAt()))
                .addValue("finished_at", ts(t.finishedAt()))
                .addValue("outcome", t.outcome() == null ? null : t.outcome().code())
                .addValue("delivered_at", ts(t.deliveredAt())).addValue("paid", t.paid())
                .addValue("rated_at", ts(t.ratedAt())).addValue("rating_score", t.ratingScore())
                .addValue("complaint", t.complaint()).addValue("code", t.code()).addValue("digitized", t.digitized())
                .addValue("reused", t.reused()).addValue("complaint_accepted_at", ts(t.complaintAcceptedAt()))
                .addValue("dossier_id", t.dossierId());
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }

    static Track track(ResultSet rs, int row) throws SQLException {
        long procedure = rs.getLong("procedure_id");
        Long procedureId = rs.wasNull() ? null : procedure;
        int outcome = rs.getInt("outcome");
        DossierStatus status = rs.wasNull() ? null : DossierStatus.ofCode(outcome);
        int score = rs.getInt("rating_score");
        Integer ratingScore = rs.wasNull() ? null : score;
        String channel = rs.getString("channel");
        return new Track(rs.getLong("dossier_id"), rs.getString("agency_code"), procedureId,
                channel == null ? null : Channel.valueOf(channel), rs.getBoolean("fee_applies"),
                instant(rs, "submitted_at"), instant(rs, "due_at"), instant(rs, "last_event_at"),
                instant(rs, "finished_at"), status, instant(rs, "delivered_at"), rs.getBoolean("paid"),
                instant(rs, "rated_at"), ratingScore, rs.getBoolean("complaint"), rs.getString("code"),
                rs.getBoolean("digitized"), rs.getBoolean("reused"), instant(rs, "complaint_accepted_at"));
    }
}
