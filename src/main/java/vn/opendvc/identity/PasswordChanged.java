package vn.opendvc.identity;

import java.time.Instant;

/**
 * The holder of an account changed its local password, giving the current one: every other session and every
 * access token of the account stopped working. The holder must be told at the contact on file (if someone else made
 * the change, the holder learns of it there), and the change is audited.
 *
 * @param accountId the account whose password changed
 * @param at        when; sessions signed in and tokens issued before it are refused
 */
public record PasswordChanged(long accountId, Instant at) {
}
