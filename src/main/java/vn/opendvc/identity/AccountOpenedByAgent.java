package vn.opendvc.identity;

import java.time.Instant;

/** An agent opened a citizen account at the desk (no password; the e-ID takes it over). */
public record AccountOpenedByAgent(long accountId, long agentId, Instant at) {
}
