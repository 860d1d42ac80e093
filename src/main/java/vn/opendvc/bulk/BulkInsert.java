package vn.opendvc.bulk;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Inserts rows into one table with the given columns, in the caller's transaction. On PostgreSQL the rows go in with
 * {@code COPY … FROM STDIN} in its text format, the database's own bulk path; elsewhere as one JDBC batch with the
 * columns' SQL types (no driver guesses from a null, no named parameters looked up per row). A row that breaks a
 * constraint fails the whole insert, translated as JdbcTemplate translates it (a duplicate key as
 * {@link org.springframework.dao.DuplicateKeyException}).
 */
public final class BulkInsert {

    private final JdbcTemplate jdbc;
    private final String copy;
    private final String insert;
    private final int[] types;
    private volatile Boolean postgresql;

    /**
     * @param columns the columns, in the order of each row's values
     * @param types   their {@link java.sql.Types}, in the same order
     */
    public BulkInsert(JdbcTemplate jdbc, String table, List<String> columns, int[] types) {
        if (columns.size() != types.length) {
            throw new IllegalArgumentException("one SQL type per column");
        }
        this.jdbc = jdbc;
        this.copy = "copy " + table + " (" + String.join(", ", columns) + ") from stdin";
        this.insert = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
        this.types = types.clone();
    }

    /** Whether the rows go in with PostgreSQL's COPY. */
    public boolean copies() {
        Boolean known = postgresql;
        if (known == null) {
            known = jdbc.execute((ConnectionCallback<Boolean>) connection -> "PostgreSQL"
                    .equals(connection.getMetaData().getDatabaseProductName()));
            postgresql = known;
        }
        return known;
    }

    /** Inserts the rows: each row's values in the columns' order; an {@link Instant} is a timestamp. */
    public void insert(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        if (!copies()) {
            jdbc.batchUpdate(insert, rows.stream().map(BulkInsert::jdbcValues).toList(), types);
            return;
        }
        StringBuilder text = new StringBuilder(rows.size() * 256);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    text.append('\t');
                }
                copyText(text, row[i]);
            }
            text.append('\n');
        }
        // bytes, not a Reader: the driver encodes a Reader's text piece by piece, which would split a character
        // outside the BMP (two chars) that falls on a piece's edge into two question marks
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        jdbc.execute((ConnectionCallback<Long>) connection -> {
            try {
                return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copy,
                        new ByteArrayInputStream(bytes), 65_536);
            } catch (IOException e) {
                throw new SQLException("COPY failed: " + copy, e);
            }
        });
    }

    /** The values as JDBC takes them: instants as timestamps. */
    public static Object[] jdbcValues(Object[] values) {
        Object[] jdbcValues = values.clone();
        for (int i = 0; i < jdbcValues.length; i++) {
            if (jdbcValues[i] instanceof Instant instant) {
                jdbcValues[i] = Timestamp.from(instant);
            }
        }
        return jdbcValues;
    }

    /** The types followed by more, for a statement with further parameters after the columns. */
    public int[] typesAnd(int... more) {
        int[] all = Arrays.copyOf(types, types.length + more.length);
        System.arraycopy(more, 0, all, types.length, more.length);
        return all;
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
        } else if (value instanceof Number number) {
            out.append(number);
        } else {
            // a java.sql.Timestamp, say, would print in the JVM's zone without an offset
            throw new IllegalArgumentException("no COPY text for a " + value.getClass().getName());
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

    /**
     * {@code yyyy-MM-dd HH:mm:ss.nnnnnnnnn+00}, written directly (Instant's own text went through a formatter); a
     * year before 1 in PostgreSQL's own form ({@code 0001-… BC} is the proleptic year 0), one after 9999 with more
     * digits and no sign.
     */
    private static void utc(StringBuilder out, Instant instant) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
        int year = t.getYear() > 0 ? t.getYear() : 1 - t.getYear();
        if (year < 1000) {
            out.append(year < 10 ? "000" : year < 100 ? "00" : "0");
        }
        out.append(year).append('-');
        two(out, t.getMonthValue()).append('-');
        two(out, t.getDayOfMonth()).append(' ');
        two(out, t.getHour()).append(':');
        two(out, t.getMinute()).append(':');
        two(out, t.getSecond());
        if (instant.getNano() > 0) {
            String nanos = Integer.toString(instant.getNano());
            out.append('.').append("000000000", nanos.length(), 9).append(nanos);
        }
        out.append(t.getYear() > 0 ? "+00" : "+00 BC");
    }

    private static StringBuilder two(StringBuilder out, int value) {
        return out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}
