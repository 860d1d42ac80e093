package vn.opendvc.identity;

import java.time.Instant;

/**
 * An officer or a post-office agent checked the holder's identity document and raised the account to
 * {@link AssuranceLevel#IN_PERSON}.
 *
 * @param accountId  the verified account
 * @param verifiedBy the officer's or agent's account
 * @param at         when
 */
public record AccountVerifiedInPerson(long accountId, long verifiedBy, Instant at) {
}
