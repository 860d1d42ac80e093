package vn.opendvc.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import vn.opendvc.testing.ApplicationTest;

/**
 * Rows through {@link BulkInsert} on the database the suite runs on (H2, and PostgreSQL's COPY in the persistence
 * phase): every character comes back as written, a duplicate key is told as one, and the rows belong to the caller's
 * transaction.
 */
@ApplicationTest
class BulkInsertDatabaseTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    BulkInsert probe;

    @BeforeEach
    void aTableOfItsOwn() {
        jdbc.execute("drop table if exists bulk_probe");
        jdbc.execute("create table bulk_probe (id bigint primary key, note text, at timestamp with time zone)");
        probe = new BulkInsert(jdbc, "bulk_probe", List.of("id", "note", "at"),
                new int[] {Types.BIGINT, Types.VARCHAR, Types.TIMESTAMP});
    }

    @Test
    void everyCharacterComesBackAsWritten() {
        // the emoji's two chars straddle the 65,536th char of the COPY text ("1\t" comes first)
        String straddling = "x".repeat(65_533) + "😀 Nguyễn Thị Ánh 𠀧";
        String escapes = "tab\there\\back\nnew\r\\N";
        Instant at = Instant.parse("2026-11-23T02:00:00.123456Z");
        transactions.executeWithoutResult(status -> probe.insert(List.of(new Object[] {1L, straddling, at},
                new Object[] {2L, escapes, null}, new Object[] {3L, null, at})));

        assertThat(jdbc.queryForObject("select note from bulk_probe where id = 1", String.class)).isEqualTo(straddling);
        assertThat(jdbc.queryForObject("select note from bulk_probe where id = 2", String.class)).isEqualTo(escapes);
        assertThat(jdbc.queryForObject("select note from bulk_probe where id = 3", String.class)).isNull();
        assertThat(jdbc.queryForObject("select at from bulk_probe where id = 3", java.sql.Timestamp.class)
                .toInstant()).isEqualTo(at);
        assertThat(jdbc.queryForObject("select at from bulk_probe where id = 2", java.sql.Timestamp.class)).isNull();
    }

    @Test
    void theRowsBelongToTheCallersTransaction() {
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            probe.insert(List.<Object[]>of(new Object[] {10L, "gone with the rollback", null}));
            throw new IllegalStateException("the caller fails after the insert");
        })).hasMessageContaining("the caller fails");
        assertThat(jdbc.queryForObject("select count(*) from bulk_probe", Long.class)).isZero();
    }

    @Test
    void aDuplicateKeyIsToldAsOneAndNothingOfTheInsertStays() {
        transactions.executeWithoutResult(status -> probe.insert(List.<Object[]>of(new Object[] {5L, "first", null})));
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {6L, "new", null});
        rows.add(new Object[] {5L, "again", null});
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> probe.insert(rows)))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(jdbc.queryForList("select note from bulk_probe order by id", String.class)).containsExactly("first");
    }
}
