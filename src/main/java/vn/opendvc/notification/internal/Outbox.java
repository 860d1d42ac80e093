package vn.opendvc.notification.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.opendvc.notification.internal.ChannelSender.Outgoing;
import vn.opendvc.web.PublicUrl;

/**
 * The table of messages: writes each notice once per channel (a second delivery of the same event writes nothing:
 * the unique event key), and keeps each message's delivery status as the dispatcher and the providers report it.
 */
@Component
class Outbox {

    private final JdbcClient jdbc;
    private final Templates templates;
    private final Preferences preferences;
    private final ChannelSenders senders;
    private final PublicUrl publicUrl;
    private final Clock clock;
    private final int maxAttempts;
    private final Duration backoff;
    private final Duration lease;
    private final TransactionTemplate savepoint;

    Outbox(JdbcClient jdbc, Templates templates, Preferences preferences, ChannelSenders senders, PublicUrl publicUrl,
            Clock clock, PlatformTransactionManager transactions, @Value("${opendvc.notification.attempts:6}") int maxAttempts,
            @Value("${opendvc.notification.backoff:PT1M}") Duration backoff,
            @Value("${opendvc.notification.sending-lease:PT5M}") Duration lease) {
        this.jdbc = jdbc;
        this.templates = templates;
        this.preferences = preferences;
        this.senders = senders;
        this.publicUrl = publicUrl;
        this.clock = clock;
        this.maxAttempts = maxAttempts;
        this.backoff = backoff;
        this.lease = lease;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /**
     * Writes the notice for every channel the recipient receives it over and can be reached on.
     *
     * @return how many messages wait for a channel (not in-app), so the caller may wake the dispatcher
     */
    @Transactional
    int write(Notice notice) {
        Recipient to = notice.recipient();
        String link = notice.path() == null ? publicUrl.base() : publicUrl.base() + notice.path();
        Map<String, String> values = new HashMap<>(notice.values());
        values.put("name", to.name() == null ? "" : to.name());
        values.put("portal", publicUrl.base());
        values.put("link", link);
        Template text = templates.render(notice.kind(), to.language(), values);
        Instant now = clock.instant();
        int waiting = 0;
        Set<NotificationChannel> channels = notice.channels() != null ? notice.channels() : channels(notice.kind(), to);
        for (NotificationChannel channel : channels) {
            String address = switch (channel) {
                case EMAIL -> to.email();
                case SMS -> to.phone();
                case IN_APP -> null;
            };
            boolean inApp = channel == NotificationChannel.IN_APP;
            Object[] row = {notice.eventKey(), notice.kind().name(), channel.name(), to.accountId(), to.key(), address,
                to.language(), text.subject(), channel == NotificationChannel.SMS ? text.sms() : text.body(), link,
                (inApp ? DeliveryStatus.DELIVERED : DeliveryStatus.CREATED).word(), inApp ? null : ts(now), ts(now),
                inApp ? ts(now) : null};
            int rows = insertOnce(row);
            waiting += inApp ? 0 : rows;
        }
        return waiting;
    }

    /**
     * Inserts the message unless its event, recipient and channel are there already. Two deliveries of one event at
     * the same moment may both pass the check: the unique key refuses the second, at a savepoint, so the rest of the
     * listener's work stands.
     */
    private int insertOnce(Object[] row) {
        boolean written = jdbc.sql("""
                select count(*) from notification where event_key = ? and recipient_key = ? and channel = ?""")
                .params(row[0], row[4], row[2]).query(Integer.class).single() > 0;
        if (written) {
            return 0;
        }
        try {
            return Objects.requireNonNull(savepoint.execute(status -> jdbc.sql("""
                    insert into notification (event_key, kind, channel, recipient_id, recipient_key, address, language,
                        title, body, link, status, next_attempt_at, created_at, delivered_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""").params(row).update()));
        } catch (DuplicateKeyException alreadyWritten) {
            return 0;
        }
    }

    /** The recipient's chosen channels that are switched on and that the recipient can be reached on. */
    private Set<NotificationChannel> channels(NotificationKind kind, Recipient to) {
        Set<NotificationChannel> wanted = to.accountId() == null ? kind.defaults()
                : preferences.channels(to.accountId(), kind);
        Set<NotificationChannel> usable = new LinkedHashSet<>();
        for (NotificationChannel channel : wanted) {
            boolean reachable = switch (channel) {
                case EMAIL -> to.email() != null && senders.has(channel);
                case SMS -> to.phone() != null && senders.has(channel);
                case IN_APP -> to.accountId() != null;
            };
            if (reachable) {
                usable.add(channel);
            }
        }
        if (kind.isSecurity() && to.email() == null && to.phone() != null && senders.has(NotificationChannel.SMS)) {
            usable.add(NotificationChannel.SMS); // a security message must leave the portal: SMS when no e-mail
        }
        return usable;
    }

    /**
     * Takes up to {@code limit} messages whose time has come (new, failed for now, or left sending by a node that
     * stopped), each marked {@code sending} for the lease so no other node or run takes it too.
     */
    List<Outgoing> claimDue(int limit) {
        Instant now = clock.instant();
        // only the channels this node can send: a node without an SMTP server leaves e-mails to the others
        List<String> channels = senders.switchedOn().stream().map(Enum::name).toList();
        if (channels.isEmpty()) {
            return List.of();
        }
        List<Long> due = jdbc.sql("""
                select id from notification where status in ('created', 'temporary-failure', 'sending')
                and next_attempt_at <= :now and channel in (:channels)
                order by next_attempt_at, id fetch first :limit rows only""")
                .param("now", ts(now)).param("channels", channels).param("limit", limit).query(Long.class).list();
        return due.stream().filter(id -> jdbc.sql("""
                update notification set status = 'sending', attempts = attempts + 1, next_attempt_at = ?
                where id = ? and status in ('created', 'temporary-failure', 'sending') and next_attempt_at <= ?""")
                .params(ts(now.plus(lease)), id, ts(now)).update() == 1)
                .map(this::outgoing).flatMap(Optional::stream).toList();
    }

    private Optional<Outgoing> outgoing(long id) {
        return jdbc.sql("select id, channel, address, language, title, body, link from notification where id = ?")
                .param(id).query((rs, n) -> new Outgoing(rs.getLong(1), NotificationChannel.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)))
                .optional();
    }

    /** The channel took the message: delivered, or (with a provider reference) sending until its receipt comes. */
    void handedOver(long id, String providerRef) {
        Instant now = clock.instant();
        // a one-time code is not kept readable once it left
        jdbc.sql("""
                update notification set status = ?, sent_at = ?, delivered_at = ?, provider_ref = ?,
                next_attempt_at = null, last_error = null,
                body = case when kind = 'ONE_TIME_CODE' then '***' else body end
                where id = ? and status = 'sending'""")
                .params(providerRef == null ? DeliveryStatus.DELIVERED.word() : DeliveryStatus.SENDING.word(),
                        ts(now), providerRef == null ? ts(now) : null, providerRef, id)
                .update();
    }

    /** A send failed: tried again after a growing pause, or given up after the last attempt or a permanent refusal. */
    void failed(long id, boolean permanent, String reason) {
        Integer attempts = jdbc.sql("select attempts from notification where id = ?").param(id)
                .query(Integer.class).optional().orElse(maxAttempts);
        boolean giveUp = permanent || attempts >= maxAttempts;
        Instant next = giveUp ? null : clock.instant().plus(backoff.multipliedBy(1L << Math.min(attempts - 1, 10)));
        jdbc.sql("update notification set status = ?, next_attempt_at = ?, last_error = ? where id = ?")
                .params((giveUp ? DeliveryStatus.PERMANENT_FAILURE : DeliveryStatus.TEMPORARY_FAILURE).word(),
                        ts(next), reason == null ? null : reason.substring(0, Math.min(reason.length(), 500)), id)
                .update();
    }

    /** A provider's delivery receipt for an SMS; {@code false} when no SMS has that reference. */
    boolean receipt(long id, DeliveryStatus outcome, String detail) {
        if (outcome == DeliveryStatus.TEMPORARY_FAILURE || outcome == DeliveryStatus.PERMANENT_FAILURE) {
            int known = jdbc.sql("select count(*) from notification where id = ? and channel = 'SMS'").param(id)
                    .query(Integer.class).single();
            if (known == 1) {
                boolean oneTimeCode = jdbc.sql("select count(*) from notification where id = ? and kind = ?")
                        .params(id, NotificationKind.ONE_TIME_CODE.name()).query(Integer.class).single() == 1;
                failed(id, outcome == DeliveryStatus.PERMANENT_FAILURE || oneTimeCode,
                        detail == null ? outcome.word() : detail);
            }
            return known == 1;
        }
        return jdbc.sql("""
                update notification set status = 'delivered', delivered_at = ?, next_attempt_at = null
                where id = ? and channel = 'SMS'""").params(ts(clock.instant()), id).update() == 1;
    }

    /** An administrator sends a failed message again: it starts over with all its attempts. */
    @Transactional
    boolean resend(long id) {
        return jdbc.sql("""
                update notification set status = 'created', attempts = 0, next_attempt_at = ?, last_error = null
                where id = ? and status = 'permanent-failure'""").params(ts(clock.instant()), id).update() == 1;
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
