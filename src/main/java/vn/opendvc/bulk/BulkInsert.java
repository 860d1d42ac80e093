package vn.opendvc.bulk;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
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

    /**
     * Inserts the rows: each row's values in the columns' order; an {@link Instant} is a timestamp, a {@link Utf8Text}
     * a text.
     */
    public void insert(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        if (!copies()) {
            jdbc.batchUpdate(insert, rows.stream().map(BulkInsert::jdbcValues).toList(), types);
            return;
        }
        CopyText text = new CopyText(rows.size() * rows.getFirst().length * 32);
        rows.forEach(text::row);
        // bytes, not a Reader: the driver encodes a Reader's text piece by piece, which would split a character
        // outside the BMP (two chars) that falls on a piece's edge into two question marks
        jdbc.execute((ConnectionCallback<Long>) connection -> {
            try {
                return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copy, text.stream(), 65_536);
            } catch (IOException e) {
                throw new SQLException("COPY failed: " + copy, e);
            }
        });
    }

    /** The values as JDBC takes them: instants as timestamps, UTF-8 text as text. */
    public static Object[] jdbcValues(Object[] values) {
        Object[] jdbcValues = values.clone();
        for (int i = 0; i < jdbcValues.length; i++) {
            if (jdbcValues[i] instanceof Instant instant) {
                jdbcValues[i] = Timestamp.from(instant);
            } else if (jdbcValues[i] instanceof Utf8Text text) {
                jdbcValues[i] = text.toString();
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
}
