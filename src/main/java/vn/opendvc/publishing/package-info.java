/**
 * Publishing to the systems around the portal: the domain events they need — dossier status changes, payments,
 * results issued, feedback — as versioned public messages on Kafka topics ({@link vn.opendvc.publishing.Topics}),
 * keyed per dossier (per feedback for feedback) so a consumer sees one dossier's changes in order. The messages hold
 * what a consumer needs to follow a dossier (codes, statuses, times, amounts), never the applicant's name, phone,
 * address or ID number. The event publication registry stays the source of truth: a message Kafka did not take stays
 * an incomplete publication and is sent again, so an outage of Kafka delays messages and loses none. Off unless
 * {@code opendvc.kafka.enabled=true}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Publishing to Kafka")
package vn.opendvc.publishing;
