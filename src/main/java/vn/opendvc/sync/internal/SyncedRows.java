package vn.opendvc.sync.internal;

import java.io.StringReader;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How a batch's synced dossiers reach the {@code synced_dossier} table, in the caller's transaction. On PostgreSQL the
 * new rows go in with {@code COPY}, the database's own bulk path (their ids drawn from the table's sequence first, one
 * statement); elsewhere in one JDBC batch. Changed rows are one JDBC batch of positional updates. A new dossier that a
 * concurrent batch inserted meanwhile fails the write with a duplicate key, as the caller expects.
 */
@Component
class SyncedRows {

    /** The written columns, in the order of {@link Row#values()}; {@code code} first, {@code id} not among them. */
    static final List<String> COLUMNS = List.of("code", "system_id", "agency_code", "procedure_id", "procedure_code",
            "procedure_name", "holder", "phone", "status", "channel", "received_at", "due_at", "returned_at",
            "finished_at", "fee_vnd", "paid_online", "digitized", "vneid_verified", "record_time", "record_steps",
            "record_hash", "record_json", "updated_at");

    /** The columns' SQL types, then the id's (the update's last parameter): no driver has to guess from a null. */
    private static final int[] TYPES = {Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.BIGINT, Types.VARCHAR,
            Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.VARCHAR, Types.TIMESTAMP,
            Types.TIMESTAMP, Types.TIMESTAMP, Types.TIMESTAMP, Types.BIGINT, Types.BOOLEAN, Types.BOOLEAN,
            Types.BOOLEAN, Types.TIMESTAMP, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP,
            Types.BIGINT};

    /** A row to write: {@code id} null for a new dossier; values in {@link #COLUMNS} order, times as instants. */
    record Row(Long id, String code, Object[] values) {
    }

    private static final String INSERT = "insert into synced_dossier (" + String.join(", ", COLUMNS) + ") values ("
            + COLUMNS.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
    private static final String UPDATE = "update synced_dossier set "
            + COLUMNS.stream().map(c -> c + " = ?").collect(Collectors.joining(", ")) + " where id = ?";
    private static final String COPY = "copy synced_dossier (id, " + String.join(", ", COLUMNS) + ") from stdin";

    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbc;
    private volatile Boolean postgresql;

    SyncedRows(JdbcTemplate jdbcTemplate, JdbcClient jdbc) {
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = jdbc;
    }

    /** Inserts the new rows; returns their ids by code. */
    Map<String, Long> insert(List<Row> rows) {
        if (rows.isEmpty()) {
            return Map.of();
        }
        return postgresql() ? copy(rows) : insertBatched(rows);
    }

    void update(List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<Object[]> arguments = new ArrayList<>(rows.size());
        for (Row row : rows) {
            Object[] values = Arrays.copyOf(jdbcValues(row.values()), COLUMNS.size() + 1);
            values[COLUMNS.size()] = row.id();
            arguments.add(values);
        }
        jdbcTemplate.batchUpdate(UPDATE, arguments, TYPES);
    }

    private Map<String, Long> insertBatched(List<Row> rows) {
        jdbcTemplate.batchUpdate(INSERT, rows.stream().map(row -> jdbcValues(row.values())).toList(),
                Arrays.copyOf(TYPES, COLUMNS.size()));
        Map<String, Long> ids = new HashMap<>();
        List<String> codes = rows.stream().map(Row::code).toList();
        for (int from = 0; from < codes.size(); from += 1_000) {
            jdbc.sql("select id, code from synced_dossier where code in (:codes)")
                    .param("codes", codes.subList(from, Math.min(codes.size(), from + 1_000)))
                    .query((rs, n) -> ids.put(rs.getString(2), rs.getLong(1))).list();
        }
        return ids;
    }

    private Map<String, Long> copy(List<Row> rows) {
        List<Long> drawn = jdbc.sql("""
                select nextval(pg_get_serial_sequence('synced_dossier', 'id')) from generate_series(1, ?)""")
                .param(rows.size()).query(Long.class).list();
        Map<String, Long> ids = new HashMap<>();
        StringBuilder text = new StringBuilder(rows.size() * 800);
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            ids.put(row.code(), drawn.get(i));
            text.append(drawn.get(i));
            for (Object value : row.values()) {
                text.append('\t');
                copyText(text, value);
            }
            text.append('\n');
        }
        jdbcTemplate.execute((ConnectionCallback<Long>) connection -> {
            try {
                return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY, new StringReader(
                        text.toString()), 65_536);
            } catch (java.io.IOException e) {
                throw new java.sql.SQLException("COPY into synced_dossier failed", e);
            }
        });
        return ids;
    }

    /** A value in COPY's text format: {@code \N} for null, backslash escapes for the characters COPY reads. */
    static void copyText(StringBuilder out, Object value) {
        // tested most frequent first: this runs for every value of every row
        if (value instanceof String s) {
            escaped(out, s);
        } else if (value instanceof Instant instant) {
            utc(out, instant);
        } else if (value instanceof Long number) {
            out.append(number.longValue());
        } else if (value instanceof Boolean b) {
            out.append(b ? 't' : 'f');
        } else if (value == null) {
            out.append("\\N");
        } else {
            out.append(value);
        }
    }

    /** Most texts hold none of the four characters: found out by the JDK's vectorised search, then copied whole. */
    private static void escaped(StringBuilder out, String s) {
        if (s.indexOf('\\') < 0 && s.indexOf('\t') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            out.append(s);
            return;
        }
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                out.append(s, from, i).append('\\').append(c == '\\' ? '\\' : c == '\t' ? 't' : c == '\n' ? 'n' : 'r');
                from = i + 1;
            }
        }
        out.append(s, from, s.length());
    }

    /** {@code yyyy-MM-dd HH:mm:ss.nnnnnnnnn+00}, written directly (Instant's own text went through a formatter). */
    private static void utc(StringBuilder out, Instant instant) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
        if (t.getYear() < 1000 || t.getYear() > 9999) {
            out.append(instant);
            return;
        }
        out.append(t.getYear()).append('-');
        two(out, t.getMonthValue()).append('-');
        two(out, t.getDayOfMonth()).append(' ');
        two(out, t.getHour()).append(':');
        two(out, t.getMinute()).append(':');
        two(out, t.getSecond());
        if (instant.getNano() > 0) {
            String nanos = Integer.toString(instant.getNano());
            out.append('.').append("000000000", nanos.length(), 9).append(nanos);
        }
        out.append("+00");
    }

    private static StringBuilder two(StringBuilder out, int value) {
        return out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    private static Object[] jdbcValues(Object[] values) {
        Object[] jdbcValues = values.clone();
        for (int i = 0; i < jdbcValues.length; i++) {
            if (jdbcValues[i] instanceof Instant instant) {
                jdbcValues[i] = Timestamp.from(instant);
            }
        }
        return jdbcValues;
    }

    private boolean postgresql() {
        Boolean known = postgresql;
        if (known == null) {
            known = jdbcTemplate.execute((ConnectionCallback<Boolean>) connection -> "PostgreSQL"
                    .equals(connection.getMetaData().getDatabaseProductName()));
            postgresql = known;
        }
        return known;
    }
}
