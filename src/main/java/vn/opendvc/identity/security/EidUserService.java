package vn.opendvc.identity.security;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import vn.opendvc.identity.CurrentUser;
import vn.opendvc.identity.internal.AccountRegistry;
import vn.opendvc.identity.internal.EidIdentity;
import vn.opendvc.identity.PersonalIdNumber;

/**
 * Links the e-ID login to a citizen account by the personal ID number claim: the existing citizen with that number,
 * or a new citizen account made from the claims.
 */
class EidUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService delegate = new OidcUserService();
    private final AccountRegistry registry;
    private final EidProperties properties;

    EidUserService(AccountRegistry registry, EidProperties properties) {
        this.registry = registry;
        this.properties = properties;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidc = delegate.loadUser(request);
        Object claim = oidc.getClaims().get(properties.idNumberClaim());
        String personalId = PersonalIdNumber.normalize(claim == null ? null : claim.toString())
                .orElseThrow(() -> failure("invalid_id_number",
                        "The e-ID did not provide a 12-digit personal ID number in claim " + properties.idNumberClaim()));
        EidIdentity identity = new EidIdentity(personalId, fullName(oidc), birthdate(oidc.getBirthdate()),
                oidc.getPhoneNumber(), oidc.getEmail());
        CurrentUser user;
        try {
            user = link(identity);
        } catch (IllegalStateException e) {
            throw failure("account_disabled", "The account of this citizen is disabled");
        }
        return new EidUser(user, oidc);
    }

    private CurrentUser link(EidIdentity identity) {
        try {
            return registry.signInWithEid(identity);
        } catch (DuplicateKeyException e) {
            // The same citizen was created by a concurrent first login: sign in to that account.
            return registry.signInWithEid(identity);
        }
    }

    private static String fullName(OidcUser oidc) {
        if (oidc.getFullName() != null && !oidc.getFullName().isBlank()) {
            return oidc.getFullName();
        }
        String family = oidc.getFamilyName() == null ? "" : oidc.getFamilyName();
        String middle = oidc.getMiddleName() == null ? "" : oidc.getMiddleName();
        String given = oidc.getGivenName() == null ? "" : oidc.getGivenName();
        String name = (family + " " + middle + " " + given).trim();
        return name.isEmpty() ? null : name;
    }

    private static LocalDate birthdate(String raw) {
        if (raw == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(raw);
            return date.getYear() < 1900 ? null : date;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static OAuth2AuthenticationException failure(String code, String description) {
        return new OAuth2AuthenticationException(new OAuth2Error(code, description, null), description);
    }
}
