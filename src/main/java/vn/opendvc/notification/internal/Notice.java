package vn.opendvc.notification.internal;

import java.util.Map;
import java.util.Set;

/**
 * One thing to tell one recipient, before it is worded: the outbox writes it once per channel the recipient
 * receives it over.
 *
 * @param eventKey names the event it comes from; with the recipient and the channel it makes the message unique
 * @param values   the placeholders' values, beside the name, portal and link the outbox adds
 * @param path     the page it points to, from the portal's root (e.g. {@code /me/dossiers/12}), or {@code null}
 * @param channels the only channels to use (a one-time code goes over exactly one), or {@code null} for the
 *                 recipient's choice
 */
record Notice(String eventKey, NotificationKind kind, Recipient recipient, Map<String, String> values, String path,
        Set<NotificationChannel> channels) {

    Notice(String eventKey, NotificationKind kind, Recipient recipient, Map<String, String> values, String path) {
        this(eventKey, kind, recipient, values, path, null);
    }
}
