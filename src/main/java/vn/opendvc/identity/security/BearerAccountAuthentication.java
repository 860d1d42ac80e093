package vn.opendvc.identity.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;

import vn.opendvc.identity.CurrentUser;
import vn.opendvc.identity.internal.AccountUser;

/** An API call authenticated by an access token; the principal is the account, as it is now in the database. */
final class BearerAccountAuthentication extends AbstractAuthenticationToken {

    private final CurrentUser user;
    private final transient Jwt token;

    BearerAccountAuthentication(CurrentUser user, Jwt token) {
        super(AccountUser.authorities(user));
        this.user = user;
        this.token = token;
        setAuthenticated(true);
    }

    @Override
    public CurrentUser getPrincipal() {
        return user;
    }

    @Override
    public Jwt getCredentials() {
        return token;
    }

    @Override
    public String getName() {
        return user.username();
    }
}
