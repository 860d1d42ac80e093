package vn.opendvc.audit;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The privileged path an attacker with database rights would take: the append-only triggers are switched off for
 * the duration of a change (PostgreSQL: {@code ALTER TABLE ... DISABLE TRIGGER}, as the table owner; H2: the trigger
 * is dropped and created again), so the verifier's tests can change, delete and reorder entries.
 */
final class Tampering {

    private final JdbcTemplate jdbc;
    private final boolean postgres;

    Tampering(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        try (Connection connection = dataSource.getConnection()) {
            this.postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void withoutTrigger(Runnable change) {
        if (postgres) {
            jdbc.execute("alter table audit_entry disable trigger audit_entry_append_only");
        } else {
            jdbc.execute("drop trigger audit_entry_append_only");
        }
        try {
            change.run();
        } finally {
            if (postgres) {
                jdbc.execute("alter table audit_entry enable trigger audit_entry_append_only");
            } else {
                jdbc.execute("create trigger audit_entry_append_only before update, delete on audit_entry "
                        + "for each row call 'vn.opendvc.audit.internal.AppendOnlyTrigger'");
            }
        }
    }

    JdbcTemplate jdbc() {
        return jdbc;
    }
}
