package vn.opendvc.notification.internal;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each account chose: the channels per kind of message, the language of its messages and, for an officer, the
 * hour of the daily digest. Nothing chosen means the kind's defaults, Vietnamese and the configured digest hour.
 * Security messages always go over their default channels.
 */
@Component
public class Preferences {

    /**
     * @param language   {@code vi} or {@code en}
     * @param digestHour hour of the day (Asia/Ho_Chi_Minh) an officer's deadline digest is sent
     */
    public record Setting(String language, int digestHour) {
    }

    private final JdbcClient jdbc;
    private final int defaultDigestHour;

    Preferences(JdbcClient jdbc, @Value("${opendvc.notification.digest-hour:7}") int defaultDigestHour) {
        this.jdbc = jdbc;
        this.defaultDigestHour = defaultDigestHour;
    }

    /** The channels {@code kind} goes over to the account. */
    public Set<NotificationChannel> channels(long accountId, NotificationKind kind) {
        if (kind.isSecurity()) {
            return kind.defaults();
        }
        return jdbc.sql("select channels from notification_preference where account_id = ? and kind = ?")
                .params(accountId, kind.name()).query(String.class).optional()
                .map(NotificationChannel::parse).orElse(kind.defaults());
    }

    /** Every kind with the channels it goes over to the account. */
    public Map<NotificationKind, Set<NotificationChannel>> all(long accountId) {
        Map<NotificationKind, Set<NotificationChannel>> all = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            all.put(kind, kind.defaults());
        }
        jdbc.sql("select kind, channels from notification_preference where account_id = ?").param(accountId)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().forEach(row -> {
                    NotificationKind kind = NotificationKind.valueOf(row.getKey());
                    if (!kind.isSecurity()) {
                        all.put(kind, NotificationChannel.parse(row.getValue()));
                    }
                });
        return all;
    }

    public Setting setting(long accountId) {
        return jdbc.sql("select language, digest_hour from notification_setting where account_id = ?")
                .param(accountId).query((rs, n) -> new Setting(rs.getString(1), rs.getInt(2))).optional()
                .orElse(new Setting("vi", defaultDigestHour));
    }

    /** Replaces the account's choices; kinds left out keep theirs, security kinds are ignored. */
    @Transactional
    public void save(long accountId, Map<NotificationKind, Set<NotificationChannel>> channels, Setting setting) {
        channels.forEach((kind, chosen) -> {
            if (kind.isSecurity()) {
                return;
            }
            jdbc.sql("delete from notification_preference where account_id = ? and kind = ?")
                    .params(accountId, kind.name()).update();
            jdbc.sql("insert into notification_preference (account_id, kind, channels) values (?, ?, ?)")
                    .params(accountId, kind.name(), NotificationChannel.format(chosen)).update();
        });
        jdbc.sql("delete from notification_setting where account_id = ?").param(accountId).update();
        jdbc.sql("insert into notification_setting (account_id, language, digest_hour) values (?, ?, ?)")
                .params(accountId, setting.language(), setting.digestHour()).update();
    }

    int defaultDigestHour() {
        return defaultDigestHour;
    }
}
