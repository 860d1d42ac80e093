package vn.opendvc.notification.web;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Messages written straight into the {@code notification} table, for what the listeners would take a whole dossier
 * to produce (a given link, a failure). Each is newer than every message already there, so that it heads the inbox
 * and the list of failures whatever clock the other tests left behind.
 */
final class NotificationRows {

    private final JdbcClient jdbc;

    NotificationRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long accountId(String username) {
        return jdbc.sql("select id from account where username = ?").param(username).query(Long.class).single();
    }

    /** An unread in-portal message to the account. */
    long inApp(long accountId, String title, String body, String link) {
        return insert("DOSSIER_RECEIVED", "IN_APP", accountId, null, title, body, link, "delivered", 1, null);
    }

    /** An e-mail given up after its attempts, to an address without an account. */
    long failedEmail(String address, String error) {
        return insert("DOSSIER_SUBMITTED", "EMAIL", null, address, "Đã nhận hồ sơ", "Nội dung", null,
                "permanent-failure", 3, error);
    }

    String status(long id) {
        return jdbc.sql("select status from notification where id = ?").param(id).query(String.class).single();
    }

    int attempts(long id) {
        return jdbc.sql("select attempts from notification where id = ?").param(id).query(Integer.class).single();
    }

    boolean isRead(long id) {
        return jdbc.sql("select count(*) from notification where id = ? and read_at is not null").param(id)
                .query(Integer.class).single() == 1;
    }

    private long insert(String kind, String channel, Long accountId, String address, String title, String body,
            String link, String status, int attempts, String error) {
        String key = "test:" + UUID.randomUUID();
        Timestamp latest = jdbc.sql("select max(created_at) from notification").query(Timestamp.class).list()
                .getFirst();
        Instant at = latest == null || latest.toInstant().isBefore(Instant.now()) ? Instant.now()
                : latest.toInstant().plusSeconds(1);
        jdbc.sql("""
                insert into notification (event_key, kind, channel, recipient_id, recipient_key, address, language,
                title, body, link, status, attempts, last_error, created_at)
                values (?, ?, ?, ?, ?, ?, 'vi', ?, ?, ?, ?, ?, ?, ?)""")
                .params(key, kind, channel, accountId, accountId == null ? "address:" + address : "account:" + accountId,
                        address, title, body, link, status, attempts, error, Timestamp.from(at))
                .update();
        return jdbc.sql("select id from notification where event_key = ?").param(key).query(Long.class).single();
    }
}
