package vn.opendvc.identity.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

import vn.opendvc.identity.CurrentUser;

/** Issues and checks the HS256 access tokens of the API ({@code POST /api/v1/auth/token}). */
@Component
public class ApiTokens {

    static final String ISSUER = "opendvc";
    /**
     * When the password was checked, to the nanosecond ({@code iat} has whole seconds): a token asked for right after
     * a change of password must not be taken for one issued before it, nor the reverse.
     */
    static final String SIGNED_IN_AT = "signed_in_at";
    static final int MIN_SECRET_BYTES = 32;

    private static final Logger log = LoggerFactory.getLogger(ApiTokens.class);

    private final JwtEncoder encoder;
    private final NimbusJwtDecoder decoder;
    private final Duration lifetime;

    /** The secret configured, or else the one generated and kept in the database for every node. */
    @Autowired
    ApiTokens(TokenProperties properties, GeneratedTokenSecret generated) {
        this(properties, isSet(properties.tokenSecret()) ? secret(properties.tokenSecret()) : generated.get());
    }

    /** The secret configured, or else a random one of this instance only. */
    ApiTokens(TokenProperties properties) {
        this(properties, secret(properties.tokenSecret()));
    }

    private ApiTokens(TokenProperties properties, byte[] secret) {
        SecretKey key = new SecretKeySpec(secret, "HmacSHA256");
        this.encoder = NimbusJwtEncoder.withSecretKey(key).algorithm(MacAlgorithm.HS256).build();
        this.decoder = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
        this.decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(ISSUER));
        this.lifetime = properties.tokenLifetime();
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalStateException("opendvc.security.token-lifetime must be positive");
        }
    }

    private static boolean isSet(String configured) {
        return configured != null && !configured.isEmpty();
    }

    static byte[] secret(String configured) {
        if (!isSet(configured)) {
            log.warn("opendvc.security.token-secret (OPENDVC_TOKEN_SECRET) is not set: using a random secret."
                    + " API tokens will not survive a restart and are not accepted by other nodes.");
            byte[] random = new byte[MIN_SECRET_BYTES];
            new SecureRandom().nextBytes(random);
            return random;
        }
        byte[] bytes = configured.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_SECRET_BYTES) {
            throw new IllegalStateException("opendvc.security.token-secret (OPENDVC_TOKEN_SECRET) must be at least "
                    + MIN_SECRET_BYTES + " bytes long for HS256; it has " + bytes.length);
        }
        return bytes;
    }

    /** A signed access token for the account, signed in now. */
    public IssuedToken issue(CurrentUser user) {
        return issue(user, Instant.now());
    }

    /**
     * A signed access token for the account.
     *
     * @param signedInAt when the account and its password hash were read to check the password: a change of
     *                   password after that moment revokes the token
     */
    public IssuedToken issue(CurrentUser user, Instant signedInAt) {
        Instant now = Instant.now();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(ISSUER)
                .subject(user.username())
                .issuedAt(now)
                .expiresAt(now.plus(lifetime))
                .claim("roles", user.roles().stream().map(Enum::name).sorted().toList())
                .claim("kind", user.kind().name())
                .claim("name", user.displayName())
                .claim(SIGNED_IN_AT, signedInAt.toString());
        if (user.agencyCode() != null) {
            claims.claim("agency", user.agencyCode());
        }
        String token = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(),
                claims.build())).getTokenValue();
        return new IssuedToken(token, lifetime.toSeconds());
    }

    JwtDecoder decoder() {
        return decoder;
    }

    /** A token and its lifetime in seconds. */
    public record IssuedToken(String value, long expiresIn) {

        @Override
        public String toString() {
            return "IssuedToken[expiresIn=" + expiresIn + "]";
        }
    }
}
