package vn.opendvc.identity.security;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;

import vn.opendvc.identity.internal.AccountRecord;
import vn.opendvc.identity.internal.JdbcAccounts;

/**
 * Turns a valid access token into the account it was issued for. The account is read again, so a disabled account
 * or a withdrawn role takes effect at once rather than when the token expires, and so does the revocation of the
 * account's credentials: a token issued before it is refused.
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
        if (issuedBeforeRevocation(account, jwt)) {
            throw new InvalidBearerTokenException("The credentials of this token's account were revoked");
        }
        return new BearerAccountAuthentication(account.toCurrentUser(), jwt);
    }

    /**
     * {@code iat} has whole seconds: a token from the same second as the revocation is refused too (none can be
     * issued after it, as the account no longer has a password).
     */
    private boolean issuedBeforeRevocation(AccountRecord account, Jwt jwt) {
        Instant issuedAt = jwt.getIssuedAt();
        return accounts.credentialsChangedAt(account.id())
                .filter(changedAt -> issuedAt == null || !issuedAt.isAfter(changedAt.truncatedTo(ChronoUnit.SECONDS)))
                .isPresent();
    }
}
