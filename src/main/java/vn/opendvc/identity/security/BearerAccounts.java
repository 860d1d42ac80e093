package vn.opendvc.identity.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;

import vn.opendvc.identity.internal.AccountRecord;
import vn.opendvc.identity.internal.JdbcAccounts;

/**
 * Turns a valid access token into the account it was issued for. The account is read again, so a disabled account
 * or a withdrawn role takes effect at once rather than when the token expires.
 */
@Component
class BearerAccounts implements Converter<Jwt, AbstractAuthenticationToken> {

    private final JdbcAccounts accounts;

    BearerAccounts(JdbcAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        AccountRecord account = accounts.byUsername(jwt.getSubject()).filter(AccountRecord::enabled)
                .orElseThrow(() -> new InvalidBearerTokenException("The account of this token no longer exists"));
        return new BearerAccountAuthentication(account.toCurrentUser(), jwt);
    }
}
