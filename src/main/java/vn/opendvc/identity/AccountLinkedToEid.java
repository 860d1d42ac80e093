package vn.opendvc.identity;

import java.time.Instant;

/**
 * An e-ID login proved the ID number of an account that had been created locally, with a password: that password
 * and every session and token of the account were revoked. The holder must be told at the contact on file (the
 * person who created the account may not be the holder), and the change is audited.
 *
 * @param accountId the account now bound to the e-ID
 * @param at        when the local credentials were revoked
 * @param phone     phone number on file before the link, or {@code null}
 * @param email     e-mail address on file before the link, or {@code null}
 */
public record AccountLinkedToEid(long accountId, Instant at, String phone, String email) {

    @Override
    public String toString() {
        return "AccountLinkedToEid[accountId=" + accountId + ", at=" + at + "]";
    }
}
