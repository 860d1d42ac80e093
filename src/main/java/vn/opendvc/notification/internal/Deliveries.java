package vn.opendvc.notification.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What was sent and how it went, for monitoring: counts by status and the messages that failed. The address is shown
 * masked and the text not at all: a monitor needs to see that a message failed, not to read it.
 */
@Component
public class Deliveries {

    /** A message that failed, with why. */
    public record Failure(long id, NotificationKind kind, NotificationChannel channel, String maskedAddress,
            DeliveryStatus status, int attempts, String lastError, Instant createdAt, Instant nextAttemptAt) {
    }

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final Dispatcher dispatcher;

    Deliveries(JdbcClient jdbc, Outbox outbox, Dispatcher dispatcher) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.dispatcher = dispatcher;
    }

    public Map<DeliveryStatus, Long> countsByStatus() {
        Map<DeliveryStatus, Long> counts = new EnumMap<>(DeliveryStatus.class);
        for (DeliveryStatus status : DeliveryStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.sql("select status, count(*) from notification group by status")
                .query((rs, n) -> Map.entry(DeliveryStatus.of(rs.getString(1)), rs.getLong(2))).list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    /** The latest failed messages (temporary and permanent), newest first. */
    public List<Failure> failures(int limit) {
        return jdbc.sql("""
                select id, kind, channel, address, status, attempts, last_error, created_at, next_attempt_at
                from notification where status in ('temporary-failure', 'permanent-failure')
                order by created_at desc, id desc fetch first ? rows only""")
                .param(Math.clamp(limit, 1, 500))
                .query((rs, n) -> new Failure(rs.getLong(1), NotificationKind.valueOf(rs.getString(2)),
                        NotificationChannel.valueOf(rs.getString(3)), mask(rs.getString(4)),
                        DeliveryStatus.of(rs.getString(5)), rs.getInt(6), rs.getString(7),
                        rs.getTimestamp(8).toInstant(), instant(rs.getTimestamp(9))))
                .list();
    }

    /** Sends a given-up message again (an administrator's decision); {@code false} when it has not failed. */
    public boolean resend(long id) {
        boolean queued = outbox.resend(id);
        if (queued) {
            dispatcher.wakeUp();
        }
        return queued;
    }

    private static String mask(String address) {
        return address == null ? "" : OneTimeCodeSender.mask(address);
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
