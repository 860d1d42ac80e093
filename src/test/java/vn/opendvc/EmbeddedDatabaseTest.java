package vn.opendvc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import org.junit.jupiter.api.Test;

/**
 * The embedded database keeps enforcing the migrations' CHECK … IN (…) constraints after the connection that created
 * them is closed — the pool retires Flyway's connection after 30 minutes, and a closed test context closes it at once.
 * H2 2.4.240 did not: every insert into such a table then failed with "The database has been closed".
 */
class EmbeddedDatabaseTest {

    @Test
    void aCheckConstraintOutlivesTheConnectionThatCreatedIt() throws Exception {
        String url = "jdbc:h2:mem:check-constraint;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
        try (Connection other = DriverManager.getConnection(url, "sa", "")) {
            try (Connection migration = DriverManager.getConnection(url, "sa", "")) {
                migration.createStatement().execute("create table result_document (id int, origin varchar(20), "
                        + "constraint result_document_origin_ck check (origin in ('GENERATED', 'UPLOADED')))");
            }
            other.createStatement().execute("insert into result_document values (1, 'GENERATED')");
            assertThat(catchRefusal(other)).as("the constraint still refuses a value outside its list").isTrue();
            try (ResultSet rs = other.createStatement().executeQuery("select count(*) from result_document")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        }
    }

    private static boolean catchRefusal(Connection connection) {
        try {
            connection.createStatement().execute("insert into result_document values (2, 'FORGED')");
            return false;
        } catch (java.sql.SQLException refused) {
            return refused.getMessage().contains("RESULT_DOCUMENT_ORIGIN_CK")
                    || refused.getMessage().contains("result_document_origin_ck");
        }
    }
}
