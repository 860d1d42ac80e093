package vn.opendvc.identity.internal;

import java.time.LocalDate;
import java.util.Set;

import vn.opendvc.identity.AccountKind;
import vn.opendvc.identity.AccountProfile;
import vn.opendvc.identity.AssuranceLevel;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.identity.Role;

/** One row of the {@code account} table with its roles. {@code id} is 0 before it is saved. */
public record AccountRecord(long id, String username, String passwordHash, AccountKind kind, String displayName,
        String personalId, String taxCode, LocalDate dateOfBirth, String phone, String email, String agencyCode,
        AssuranceLevel assuranceLevel, boolean enabled, Set<Role> roles) {

    public CurrentUser toCurrentUser() {
        return new CurrentUser(id, username, kind, displayName, agencyCode, roles, personalId, taxCode, assuranceLevel);
    }

    public AccountProfile toProfile() {
        return new AccountProfile(toCurrentUser(), dateOfBirth, phone, email);
    }

    AccountRecord withId(long newId) {
        return new AccountRecord(newId, username, passwordHash, kind, displayName, personalId, taxCode, dateOfBirth,
                phone, email, agencyCode, assuranceLevel, enabled, roles);
    }

    @Override
    public String toString() {
        return "AccountRecord[id=" + id + ", kind=" + kind + ", agency=" + agencyCode + ", roles=" + roles + "]";
    }
}
