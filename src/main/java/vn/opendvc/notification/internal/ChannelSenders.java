package vn.opendvc.notification.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import vn.opendvc.notification.sms.SmsGateway;

/** The channels switched on in this installation: e-mail with an SMTP server, SMS with a provider or the simulator. */
@Component
class ChannelSenders {

    private static final Logger log = LoggerFactory.getLogger(ChannelSenders.class);

    private final Map<NotificationChannel, ChannelSender> byChannel = new EnumMap<>(NotificationChannel.class);

    ChannelSenders(List<ChannelSender> senders, ObjectProvider<SmsGateway> sms) {
        senders.forEach(s -> byChannel.put(s.channel(), s));
        sms.ifAvailable(gateway -> byChannel.put(NotificationChannel.SMS, new SmsChannel(gateway)));
        for (NotificationChannel channel : List.of(NotificationChannel.EMAIL, NotificationChannel.SMS)) {
            if (!byChannel.containsKey(channel)) {
                log.info("Notification channel {} is off (not configured): its messages are not written", channel);
            }
        }
    }

    boolean has(NotificationChannel channel) {
        return channel == NotificationChannel.IN_APP || byChannel.containsKey(channel);
    }

    /** The channels that leave the portal and can be sent from this node. */
    Set<NotificationChannel> switchedOn() {
        return byChannel.keySet();
    }

    Optional<ChannelSender> of(NotificationChannel channel) {
        return Optional.ofNullable(byChannel.get(channel));
    }
}
