package vn.opendvc.notification.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSourceResolvable;

/** How a message reaches its recipient. Each channel is a message of its own: its name is in the bundles. */
public enum NotificationChannel implements MessageSourceResolvable {
    EMAIL,
    SMS,
    IN_APP;

    @Override
    public String[] getCodes() {
        return new String[] {"notification.channels." + name()};
    }

    /** Channels written as in the preference table: {@code EMAIL,IN_APP}. */
    static String format(Set<NotificationChannel> channels) {
        return channels.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static Set<NotificationChannel> parse(String stored) {
        EnumSet<NotificationChannel> channels = EnumSet.noneOf(NotificationChannel.class);
        Arrays.stream(stored.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .forEach(s -> channels.add(valueOf(s)));
        return channels;
    }
}
