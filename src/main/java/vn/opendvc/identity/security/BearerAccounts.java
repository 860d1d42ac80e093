package vn.opendvc.identity.security;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

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
     * Compared like a page session ({@link RevokedSignIns}) by the token's {@code signed_in_at}. A token without it
     * (issued before it was added) has only {@code iat}, in whole seconds: one from the same second as the revocation
     * is refused too.
     */
    private boolean issuedBeforeRevocation(AccountRecord account, Jwt jwt) {
        Optional<Instant> changedAt = accounts.credentialsChangedAt(account.id());
        if (changedAt.isEmpty()) {
            return false;
        }
        Optional<Instant> signedInAt = signedInAt(jwt);
        if (signedInAt.isPresent()) {
            return signedInAt.get().isBefore(changedAt.get());
        }
        Instant issuedAt = jwt.getIssuedAt();
        return issuedAt == null || !issuedAt.isAfter(changedAt.get().truncatedTo(ChronoUnit.SECONDS));
    }

    private static Optional<Instant> signedInAt(Jwt jwt) {
        try {
            return Optional.ofNullable(jwt.getClaimAsString(ApiTokens.SIGNED_IN_AT)).map(Instant::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
