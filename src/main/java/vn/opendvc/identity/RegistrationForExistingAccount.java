package vn.opendvc.identity;

import java.time.Instant;

/**
 * Someone registered with a username, ID number or tax code that already has an account. Registration answers as
 * if it had worked, so that it never reveals who has an account; the holder of the existing account is told at the
 * contact on file instead (for the notification module to send).
 *
 * @param accountId the existing account
 * @param at        when
 */
public record RegistrationForExistingAccount(long accountId, Instant at) {
}
