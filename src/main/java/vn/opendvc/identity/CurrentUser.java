package vn.opendvc.identity;

import java.io.Serializable;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * The signed-in account, whatever way it signed in (form login, national e-ID, API bearer token).
 *
 * @param accountId      database id of the account
 * @param username       login name
 * @param kind           citizen, business or officer
 * @param displayName    full name of the citizen, name of the business or of the officer
 * @param agencyCode     the agency an officer belongs to, e.g. {@code DNG-HAICHAU}; {@code null} for citizens and businesses
 * @param roles          roles of the account
 * @param personalId     12-digit personal ID number of a citizen, otherwise {@code null}
 * @param taxCode        normalized tax code of a business ({@code NNNNNNNNNN} or {@code NNNNNNNNNN-NNN}), otherwise {@code null}
 * @param assuranceLevel {@code EID} once the identity was verified with the national e-ID
 */
public record CurrentUser(long accountId, String username, AccountKind kind, String displayName, String agencyCode,
        Set<Role> roles, String personalId, String taxCode, AssuranceLevel assuranceLevel) implements Serializable {

    public CurrentUser {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /**
     * The account behind an authentication, or empty when it is anonymous or not an OpenDVC account.
     * Works for every principal this module creates (form login, e-ID login, bearer token).
     */
    public static Optional<CurrentUser> from(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        Object principal = authentication.getPrincipal();
        if (principal instanceof CurrentUser user) {
            return Optional.of(user);
        }
        if (principal instanceof Carrier carrier) {
            return Optional.of(carrier.currentUser());
        }
        return Optional.empty();
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Collection<Role> wanted) {
        return wanted.stream().anyMatch(roles::contains);
    }

    public boolean isOfficer() {
        return kind == AccountKind.OFFICER;
    }

    /**
     * True for an officer of exactly this agency: the scope check before touching an agency's dossiers. An agent is
     * bound to an organisation (which may be an agency) but acts for citizens, not for it: an agent and nothing else
     * works at no agency, and sees only the dossiers they submitted.
     */
    public boolean worksAt(String agency) {
        return isOfficer() && agencyCode != null && agencyCode.equals(agency)
                && roles.stream().anyMatch(role -> role.isOfficerRole() && role != Role.AGENT);
    }

    /** The identifying number of a citizen or a business, whichever applies. */
    public String identityNumber() {
        return personalId != null ? personalId : taxCode;
    }

    @Override
    public String toString() {
        // No personal data in logs.
        return "CurrentUser[accountId=" + accountId + ", kind=" + kind + ", agency=" + agencyCode + ", roles=" + roles + "]";
    }

    /** A security principal that stands for an OpenDVC account. */
    public interface Carrier {
        CurrentUser currentUser();
    }
}
