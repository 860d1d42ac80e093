package vn.opendvc.postal.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.springframework.stereotype.Component;

/**
 * The tracking callback's shared secret, kept only as its SHA-256 digest so that the callback compares digests of equal
 * length in constant time ({@link MessageDigest#isEqual}) and the secret itself stays out of the web layer.
 */
@Component
public class PostalCallback {

    private final byte[] secretDigest;

    PostalCallback(PostalSettings settings) {
        this.secretDigest = settings.callbackOn() ? sha256(settings.callbackSecret()) : null;
    }

    /** A secret is configured (always in the demo). */
    public boolean on() {
        return secretDigest != null;
    }

    /** Whether {@code secret} is the configured one, compared in constant time. */
    public boolean accepts(String secret) {
        return on() && secret != null && MessageDigest.isEqual(secretDigest, sha256(secret));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
