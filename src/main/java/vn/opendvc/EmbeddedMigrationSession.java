package vn.opendvc;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * On the embedded H2 database the migrations run on one connection of their own that stays open as long as the JVM.
 * H2 2.4.240 ties every {@code CHECK (… IN (…))} constraint to the session that created it: once that session is
 * closed — the pool retires its connections after 30 minutes, a test context closes its pool — every insert into such
 * a table fails with "The database has been closed". H2 2.5.252 mends that but, under concurrent commits, lost the
 * last acknowledged dossier to a {@code kill -9} ({@code CrashRecoveryIT}: twice in seven runs; 2.4.240 never did), so
 * the embedded database stays on 2.4.240 and the session that creates the constraints is never closed. A database
 * reopened later reads its constraints with its own system session and needs none of this. PostgreSQL is left alone.
 */
@Component
class EmbeddedMigrationSession implements FlywayConfigurationCustomizer {

    /** One per embedded database: the test contexts of one JVM share theirs, and each must find it still open. */
    private static final Map<String, DataSource> SESSIONS = new ConcurrentHashMap<>();

    private final JdbcConnectionDetails connection;

    EmbeddedMigrationSession(JdbcConnectionDetails connection) {
        this.connection = connection;
    }

    @Override
    public void customize(FluentConfiguration configuration) {
        String url = connection.getJdbcUrl();
        if (url != null && url.startsWith("jdbc:h2:")) {
            configuration.dataSource(sessionFor(url, connection.getUsername(), connection.getPassword()));
        }
    }

    static DataSource sessionFor(String url, String user, String password) {
        // suppressClose: Flyway's close() of the connection keeps it open
        return SESSIONS.computeIfAbsent(url + '\n' + user,
                key -> new SingleConnectionDataSource(url, user, password == null ? "" : password, true));
    }
}
