package vn.opendvc.notification.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.opendvc.identity.Accounts;
import vn.opendvc.identity.Role;
import vn.opendvc.notification.sms.PhoneNumbers;

/** Finds who to tell, with their addresses and chosen language, from the identity module's accounts. */
@Component
class Recipients {

    private final Accounts accounts;
    private final Preferences preferences;

    Recipients(Accounts accounts, Preferences preferences) {
        this.accounts = accounts;
        this.preferences = preferences;
    }

    Optional<Recipient> account(long accountId) {
        return accounts.profile(accountId).map(p -> Recipient.ofAccount(accountId, p.user().displayName(),
                p.email(), PhoneNumbers.international(p.phone()).orElse(null), preferences.setting(accountId).language()));
    }

    /** The applicant of a dossier registered for them at a counter or a post office: only their phone is known. */
    Optional<Recipient> phone(String rawPhone, String name) {
        return PhoneNumbers.international(rawPhone).map(phone -> Recipient.ofPhone(phone, name));
    }

    /** An author without an account, by the e-mail and/or phone they left; empty when neither is usable. */
    Optional<Recipient> contact(String name, String email, String rawPhone) {
        String phone = PhoneNumbers.international(rawPhone).orElse(null);
        return email == null && phone == null ? Optional.empty() : Optional.of(Recipient.ofContact(name, email, phone));
    }

    /** The enabled officers of an agency holding a role. */
    List<Recipient> officers(String agencyCode, Role role) {
        return accounts.officers(agencyCode, role).stream()
                .flatMap(officer -> account(officer.accountId()).stream()).toList();
    }

}
