/**
 * Notifications: citizens and officers are told by e-mail, SMS and in the portal what happened to their dossiers,
 * what is about to be late, and what touched their account's security. The module hangs off the other modules'
 * events (none of them calls it, except to send a one-time code through {@link vn.opendvc.notification.OneTimeCodes});
 * every message is written once per event, recipient and channel, sent after the business transaction committed,
 * retried when a channel fails, and kept with its delivery status.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package vn.opendvc.notification;
