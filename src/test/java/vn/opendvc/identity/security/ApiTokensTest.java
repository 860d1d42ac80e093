package vn.opendvc.identity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;

import vn.opendvc.identity.AccountKind;
import vn.opendvc.identity.AssuranceLevel;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.identity.Role;

/** The HS256 token secret and the claims of an access token; no database. */
class ApiTokensTest {

    private static final String SECRET = "0123456789abcdef0123456789abcdef";
    private static final CurrentUser OFFICER = new CurrentUser(3, "chuyenvien1", AccountKind.OFFICER,
            "Phạm Minh Tuấn", "DNG-HAICHAU", Set.of(Role.SPECIALIST), null, null, AssuranceLevel.LOCAL);

    @Test
    void refusesASecretShorterThan32Bytes() {
        assertThatThrownBy(() -> new ApiTokens(new TokenProperties("too-short-secret", Duration.ofHours(1))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("32 bytes");
    }

    @Test
    void randomSecretWhenNoneIsConfigured() {
        ApiTokens first = new ApiTokens(new TokenProperties(null, Duration.ofHours(1)));
        ApiTokens second = new ApiTokens(new TokenProperties("", Duration.ofHours(1)));
        String token = first.issue(OFFICER).value();
        assertThat(first.decoder().decode(token).getSubject()).isEqualTo("chuyenvien1");
        assertThatThrownBy(() -> second.decoder().decode(token)).isInstanceOf(JwtException.class);
    }

    @Test
    void tokenCarriesTheAccountClaimsAndIsCheckedWithTheSharedSecret() {
        ApiTokens node1 = new ApiTokens(new TokenProperties(SECRET, Duration.ofMinutes(30)));
        ApiTokens node2 = new ApiTokens(new TokenProperties(SECRET, Duration.ofMinutes(30)));
        ApiTokens.IssuedToken issued = node1.issue(OFFICER);
        assertThat(issued.expiresIn()).isEqualTo(1800);
        Jwt jwt = node2.decoder().decode(issued.value());
        assertThat(jwt.getHeaders()).containsEntry("alg", "HS256");
        assertThat(jwt.getSubject()).isEqualTo("chuyenvien1");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("SPECIALIST");
        assertThat(jwt.getClaimAsString("agency")).isEqualTo("DNG-HAICHAU");
        assertThat(jwt.getClaimAsString("kind")).isEqualTo("OFFICER");
        assertThat(jwt.getClaimAsString("name")).isEqualTo("Phạm Minh Tuấn");
        assertThat(Instant.parse(jwt.getClaimAsString("signed_in_at"))).isBeforeOrEqualTo(Instant.now());
        ApiTokens other = new ApiTokens(new TokenProperties(SECRET.replace('0', 'x'), Duration.ofMinutes(30)));
        assertThatThrownBy(() -> other.decoder().decode(issued.value())).isInstanceOf(JwtException.class);
    }

    /** Whole seconds in {@code iat} would not tell a token from just before a change of password from one after. */
    @Test
    void tokenSaysToTheNanosecondWhenThePasswordWasChecked() {
        ApiTokens tokens = new ApiTokens(new TokenProperties(SECRET, Duration.ofMinutes(30)));
        Instant checked = Instant.parse("2026-11-29T08:15:30.123456789Z");
        Jwt jwt = tokens.decoder().decode(tokens.issue(OFFICER, checked).value());
        assertThat(jwt.getClaimAsString("signed_in_at")).isEqualTo("2026-11-29T08:15:30.123456789Z");
    }
}
