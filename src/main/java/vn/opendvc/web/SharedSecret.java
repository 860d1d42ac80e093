package vn.opendvc.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The shared secret an outside provider's callback authenticates with (an SMS provider's delivery receipts, a
 * carrier's tracking), kept only as its SHA-256 digest so that a presented secret is compared as a digest of equal
 * length in constant time ({@link MessageDigest#isEqual}).
 */
public final class SharedSecret {

    private final byte[] digest;

    private SharedSecret(byte[] digest) {
        this.digest = digest;
    }

    /** The configured secret; {@code null}: none, the callback is off. */
    public static SharedSecret of(String secret) {
        return new SharedSecret(secret == null ? null : sha256(secret));
    }

    public boolean configured() {
        return digest != null;
    }

    /** Whether {@code presented} is the configured secret; never when none is configured. */
    public boolean accepts(String presented) {
        return digest != null && presented != null && MessageDigest.isEqual(digest, sha256(presented));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
