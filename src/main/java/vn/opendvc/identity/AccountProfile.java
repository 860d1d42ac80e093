package vn.opendvc.identity;

import java.time.LocalDate;

/**
 * Everything an account declared about itself, for showing the profile and prefilling forms.
 *
 * @param user        who the account is
 * @param dateOfBirth date of birth of a citizen, otherwise {@code null}
 * @param phone       phone number, normalized to the national form {@code 0xxxxxxxxx}, or {@code null}
 * @param email       e-mail address or {@code null}
 */
public record AccountProfile(CurrentUser user, LocalDate dateOfBirth, String phone, String email) {

    @Override
    public String toString() {
        return "AccountProfile[" + user + "]";
    }
}
