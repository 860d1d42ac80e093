package vn.opendvc.identity;

import java.time.Instant;
import java.util.Set;

/**
 * An officer account was created with its agency and roles (by an ADMIN, or at the first start); audited.
 *
 * @param accountId the new account
 */
public record OfficerAccountCreated(long accountId, String username, String agencyCode, Set<Role> roles, Instant at) {
}
