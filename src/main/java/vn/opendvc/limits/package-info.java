/**
 * Abuse limits: how often one client address may try a password, register, look a dossier up or call the payment
 * gateway's IPN, and how often one dossier code may be looked up from anywhere. Token buckets of Bucket4j, kept in
 * PostgreSQL so that every application node counts the same, in memory for the embedded H2 database. A request over
 * its limit gets a 429 (a problem with {@code Retry-After} on the API, a page with the message elsewhere) before it
 * reaches the security filters. Limits are set with {@code opendvc.limits.<name>.capacity/period}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Rate limits")
package vn.opendvc.limits;
