package vn.opendvc.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256, the one digest of the portal: the fingerprint of every stored file (attachments, results, documents), of
 * imported catalog records and of repeated payment requests. Hex is lower case, as stored and as shown to verifiers.
 * Every Java runtime has SHA-256, so its absence is an error of the runtime, not of the caller.
 */
public final class Sha256 {

    /** The raw 32-byte digest. */
    public static byte[] digest(byte[] content) {
        return algorithm().digest(content);
    }

    /** Lower-case hex of the digest of the bytes. */
    public static String hex(byte[] content) {
        return HexFormat.of().formatHex(digest(content));
    }

    /** Lower-case hex of the digest of the text's UTF-8 bytes. */
    public static String hex(String text) {
        return hex(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Lower-case hex of the digest of everything the stream still holds, read without keeping it in memory. */
    public static String hex(InputStream content) throws IOException {
        try (DigestInputStream in = new DigestInputStream(content, algorithm())) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        }
    }

    private static MessageDigest algorithm() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Sha256() {
    }
}
