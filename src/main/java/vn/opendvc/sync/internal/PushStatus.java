package vn.opendvc.sync.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What this instance pushed to the hub: how many dossiers are up to date there, how many wait for the hub (their
 * push failed and will be tried again) and which the hub refused for good, with the reason.
 */
@Component
public class PushStatus {

    public record Line(String code, int status, int attempts, Instant lastAttemptAt, String error) {
    }

    public record Summary(boolean configured, String hubUrl, long sent, List<Line> pending, List<Line> refused) {
    }

    private final JdbcClient jdbc;
    private final HubSettings settings;

    PushStatus(JdbcClient jdbc, HubSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    public Summary summary() {
        long sent = jdbc.sql("select count(*) from sync_push where attempts = 0 and last_error is null")
                .query(Long.class).single();
        return new Summary(settings.configured(), settings.url(), sent, lines("attempts > 0"),
                lines("attempts = 0 and last_error is not null"));
    }

    private List<Line> lines(String condition) {
        return jdbc.sql("select code, status, attempts, last_attempt_at, last_error from sync_push where " + condition
                        + " order by last_attempt_at desc fetch first 50 rows only")
                .query((rs, row) -> new Line(rs.getString(1), rs.getInt(2), rs.getInt(3),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(), rs.getString(5)))
                .list();
    }
}
