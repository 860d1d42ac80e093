package vn.opendvc.identity.security;

import java.time.Instant;

import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import vn.opendvc.identity.CurrentUser;
import vn.opendvc.identity.internal.AccountUser;
import vn.opendvc.identity.internal.SignedIn;

/** A citizen signed in with the national e-ID: the OIDC user together with the linked account. */
final class EidUser extends DefaultOidcUser implements CurrentUser.Carrier, SignedIn {

    private final CurrentUser user;
    private final Instant signedInAt = Instant.now();

    EidUser(CurrentUser user, OidcUser oidc) {
        super(AccountUser.authorities(user), oidc.getIdToken(), oidc.getUserInfo());
        this.user = user;
    }

    @Override
    public Instant signedInAt() {
        return signedInAt;
    }

    @Override
    public CurrentUser currentUser() {
        return user;
    }

    @Override
    public String getName() {
        return user.username();
    }

    @Override
    public String toString() {
        return "EidUser[" + user + "]";
    }
}
