package vn.opendvc.sync.internal;

import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.opendvc.bulk.BulkInsert;

/**
 * How a batch's synced dossiers reach the {@code synced_dossier} table, in the caller's transaction: the new rows in
 * bulk ({@link BulkInsert}: on PostgreSQL with {@code COPY}, their ids drawn from the table's sequence first in one
 * statement), the changed rows as one JDBC batch of positional updates. A new dossier that a concurrent batch
 * inserted meanwhile fails the write with a duplicate key, as the caller expects.
 */
@Component
class SyncedRows {

    /** The written columns, in the order of {@link Row#values()}; {@code code} first, {@code id} not among them. */
    static final List<String> COLUMNS = List.of("code", "system_id", "agency_code", "procedure_id", "procedure_code",
            "procedure_name", "holder", "phone", "status", "channel", "received_at", "due_at", "returned_at",
            "finished_at", "fee_vnd", "paid_online", "digitized", "vneid_verified", "record_time", "record_steps",
            "record_hash", "record_json", "updated_at");

    /** The columns' SQL types, in the same order. */
    private static final int[] TYPES = {Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.BIGINT, Types.VARCHAR,
            Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.VARCHAR, Types.TIMESTAMP,
            Types.TIMESTAMP, Types.TIMESTAMP, Types.TIMESTAMP, Types.BIGINT, Types.BOOLEAN, Types.BOOLEAN,
            Types.BOOLEAN, Types.TIMESTAMP, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP};

    /** A row to write: {@code id} null for a new dossier; values in {@link #COLUMNS} order, times as instants. */
    record Row(Long id, String code, Object[] values) {
    }

    private static final String UPDATE = "update synced_dossier set "
            + COLUMNS.stream().map(c -> c + " = ?").collect(Collectors.joining(", ")) + " where id = ?";

    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbc;
    /** With the ids (drawn first): PostgreSQL. */
    private final BulkInsert withIds;
    /** Without: the database gives the ids, read back by code. */
    private final BulkInsert withoutIds;
    private volatile String drawIds;

    SyncedRows(JdbcTemplate jdbcTemplate, JdbcClient jdbc) {
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = jdbc;
        this.withIds = new BulkInsert(jdbcTemplate, "synced_dossier",
                Stream.concat(Stream.of("id"), COLUMNS.stream()).toList(),
                IntStream.concat(IntStream.of(Types.BIGINT), Arrays.stream(TYPES)).toArray());
        this.withoutIds = new BulkInsert(jdbcTemplate, "synced_dossier", COLUMNS, TYPES);
    }

    /** Inserts the new rows; returns their ids by code. */
    Map<String, Long> insert(List<Row> rows) {
        if (rows.isEmpty()) {
            return Map.of();
        }
        Map<String, Long> ids = new HashMap<>();
        if (withIds.copies()) {
            List<Long> drawn = jdbc.sql(drawIds()).param(rows.size()).query(Long.class).list();
            List<Object[]> values = new ArrayList<>(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                Object[] row = new Object[COLUMNS.size() + 1];
                row[0] = drawn.get(i);
                System.arraycopy(rows.get(i).values(), 0, row, 1, COLUMNS.size());
                values.add(row);
                ids.put(rows.get(i).code(), drawn.get(i));
            }
            withIds.insert(values);
            return ids;
        }
        withoutIds.insert(rows.stream().map(Row::values).toList());
        List<String> codes = rows.stream().map(Row::code).toList();
        for (int from = 0; from < codes.size(); from += 1_000) {
            jdbc.sql("select id, code from synced_dossier where code in (:codes)")
                    .param("codes", codes.subList(from, Math.min(codes.size(), from + 1_000)))
                    .query((rs, n) -> ids.put(rs.getString(2), rs.getLong(1))).list();
        }
        return ids;
    }

    /**
     * The statement drawing ids from the table's sequence, its name looked up once: asked in the statement, the
     * catalog lookup ran once a row and cost four times the drawing itself.
     */
    private String drawIds() {
        String statement = drawIds;
        if (statement == null) {
            String sequence = jdbc.sql("select pg_get_serial_sequence('synced_dossier', 'id')").query(String.class)
                    .single();
            statement = "select nextval('" + sequence.replace("'", "''") + "') from generate_series(1, ?)";
            drawIds = statement;
        }
        return statement;
    }

    void update(List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<Object[]> arguments = new ArrayList<>(rows.size());
        for (Row row : rows) {
            Object[] values = Arrays.copyOf(BulkInsert.jdbcValues(row.values()), COLUMNS.size() + 1);
            values[COLUMNS.size()] = row.id();
            arguments.add(values);
        }
        jdbcTemplate.batchUpdate(UPDATE, arguments, withoutIds.typesAnd(Types.BIGINT));
    }
}
