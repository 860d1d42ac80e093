package vn.opendvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * The embedded database keeps enforcing the migrations' {@code CHECK (… IN (…))} constraints after every connection the
 * application opened is closed (the pool retires its connections after 30 minutes; a closed test context closes them
 * at once): {@link EmbeddedMigrationSession} runs the migrations on a session that outlives them. Without it H2 2.4.240
 * answers every insert into such a table with "The database has been closed".
 */
class EmbeddedDatabaseTest {

    private static final String URL = "jdbc:h2:mem:embedded-migrations;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    @Test
    void theMigrationsConstraintsOutliveEveryConnectionOfTheApplication() throws SQLException {
        try (Connection pool = DriverManager.getConnection(URL, "sa", "")) {
            // what Spring Boot hands Flyway: the application's data source, here a connection that is closed next
            FluentConfiguration flyway = Flyway.configure().locations("classpath:db/migration", "classpath:db/vendor/h2")
                    .dataSource(URL, "sa", "");
            new EmbeddedMigrationSession(details(URL, "sa", "")).customize(flyway);
            flyway.load().migrate();
        }
        try (Connection later = DriverManager.getConnection(URL, "sa", "");
                Statement sql = later.createStatement()) {
            sql.executeUpdate("insert into calendar_announced_day values (date '2031-01-02', 'DAY_OFF', 'Nghỉ bù', "
                    + "'admin', current_timestamp)");
            assertThatThrownBy(() -> sql.executeUpdate("insert into calendar_announced_day values "
                    + "(date '2031-01-03', 'FORGED', 'Ngày giả', 'admin', current_timestamp)"))
                    .as("the constraint still refuses a value outside its list, and says so")
                    .hasMessageContaining("calendar_announced_day");
            try (var rs = sql.executeQuery("select on_date from calendar_announced_day where on_date > date '2031-01-01'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("2031-01-02");
                assertThat(rs.next()).as("nothing of the refused insert").isFalse();
            }
        }
    }

    @Test
    void postgresqlKeepsTheApplicationsOwnDataSource() {
        JdbcConnectionDetails postgresql = details("jdbc:postgresql://127.0.0.1:5432/opendvc", "opendvc", "secret");
        FluentConfiguration flyway = Flyway.configure().dataSource(URL, "sa", "");
        var before = flyway.getDataSource();
        new EmbeddedMigrationSession(postgresql).customize(flyway);
        assertThat(flyway.getDataSource()).isSameAs(before);
    }

    private static JdbcConnectionDetails details(String url, String user, String password) {
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return user;
            }

            @Override
            public String getPassword() {
                return password;
            }

            @Override
            public String getJdbcUrl() {
                return url;
            }
        };
    }
}
