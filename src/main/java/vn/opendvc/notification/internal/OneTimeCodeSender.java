package vn.opendvc.notification.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.opendvc.notification.OneTimeCodes;

/** One-time codes go to the account's phone by SMS, or by e-mail when it has no phone or SMS is off. */
@Component
class OneTimeCodeSender implements OneTimeCodes {

    private final Recipients recipients;
    private final ChannelSenders senders;
    private final Notifier notifier;

    OneTimeCodeSender(Recipients recipients, ChannelSenders senders, Notifier notifier) {
        this.recipients = recipients;
        this.senders = senders;
        this.notifier = notifier;
    }

    @Override
    @Transactional
    public Optional<Sent> send(long accountId, String code, String purpose, Duration validFor) {
        return recipients.account(accountId).flatMap(to -> {
            NotificationChannel channel;
            String address;
            if (to.phone() != null && senders.has(NotificationChannel.SMS)) {
                channel = NotificationChannel.SMS;
                address = to.phone();
            } else if (to.email() != null && senders.has(NotificationChannel.EMAIL)) {
                channel = NotificationChannel.EMAIL;
                address = to.email();
            } else {
                return Optional.empty();
            }
            notifier.tell(List.of(new Notice("otp:" + UUID.randomUUID(), NotificationKind.ONE_TIME_CODE, to,
                    Map.of("otp", code, "purpose", purpose, "minutes", String.valueOf(validFor.toMinutes())), null,
                    Set.of(channel))));
            return Optional.of(new Sent(channel.name(), mask(address)));
        });
    }

    /** The last three characters of a phone, the first letter and the domain of an e-mail address. */
    static String mask(String address) {
        int at = address.indexOf('@');
        if (at > 0) {
            return address.charAt(0) + "***" + address.substring(at);
        }
        return "*".repeat(Math.max(0, address.length() - 3)) + address.substring(Math.max(0, address.length() - 3));
    }
}
