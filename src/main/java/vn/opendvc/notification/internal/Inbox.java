package vn.opendvc.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The in-portal messages of one account: newest first, with what is still unread. Nobody reads another's. */
@Component
public class Inbox {

    /** One message in the inbox; {@code readAt} is {@code null} while unread. */
    public record Item(long id, NotificationKind kind, String title, String body, String link, Instant createdAt,
            Instant readAt) {
    }

    /** A page of the inbox, {@code number} from 0. */
    public record Page(List<Item> items, int number, int size, long total, long unread) {
    }

    public static final int MAX_PAGE_SIZE = 100;

    private final JdbcClient jdbc;
    private final Clock clock;

    Inbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Page page(long accountId, int number, int size) {
        int pageSize = Math.clamp(size, 1, MAX_PAGE_SIZE);
        int page = Math.max(0, number);
        List<Item> items = jdbc.sql("""
                select id, kind, title, body, link, created_at, read_at from notification
                where recipient_id = ? and channel = 'IN_APP' order by created_at desc, id desc
                offset ? rows fetch next ? rows only""")
                .params(accountId, (long) page * pageSize, pageSize).query(Inbox::item).list();
        long total = jdbc.sql("select count(*) from notification where recipient_id = ? and channel = 'IN_APP'")
                .param(accountId).query(Long.class).single();
        return new Page(items, page, pageSize, total, unread(accountId));
    }

    public long unread(long accountId) {
        return jdbc.sql("""
                select count(*) from notification where recipient_id = ? and channel = 'IN_APP' and read_at is null""")
                .param(accountId).query(Long.class).single();
    }

    /** Marks one of the account's own messages read; {@code false} when it has no such message. */
    public boolean markRead(long accountId, long id) {
        return read(accountId, id).isPresent();
    }

    /** Marks one of the account's own messages read and gives it; empty when the account has no such message. */
    public Optional<Item> read(long accountId, long id) {
        jdbc.sql("""
                update notification set read_at = ? where id = ? and recipient_id = ? and channel = 'IN_APP'
                and read_at is null""").params(Timestamp.from(clock.instant()), id, accountId).update();
        return jdbc.sql("""
                select id, kind, title, body, link, created_at, read_at from notification
                where id = ? and recipient_id = ? and channel = 'IN_APP'""")
                .params(id, accountId).query(Inbox::item).optional();
    }

    public int markAllRead(long accountId) {
        return jdbc.sql("""
                update notification set read_at = ? where recipient_id = ? and channel = 'IN_APP' and read_at is null""")
                .params(Timestamp.from(clock.instant()), accountId).update();
    }

    private static Item item(ResultSet rs, int n) throws SQLException {
        Timestamp read = rs.getTimestamp("read_at");
        return new Item(rs.getLong("id"), NotificationKind.valueOf(rs.getString("kind")), rs.getString("title"),
                rs.getString("body"), rs.getString("link"), rs.getTimestamp("created_at").toInstant(),
                read == null ? null : read.toInstant());
    }
}
