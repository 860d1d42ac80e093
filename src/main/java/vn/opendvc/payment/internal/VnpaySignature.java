package vn.opendvc.payment.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The VNPay 2.1.0 signature, as in VNPay's Java sample: the {@code vnp_} parameters except the hash fields, with a
 * value, sorted by name, keys and values URL-encoded ({@link URLEncoder}, US-ASCII), joined {@code k=v&…}, then
 * HMAC-SHA512 with the hash secret in lower-case hex. The query string of the payment URL is the same text.
 */
final class VnpaySignature {

    static final String SECURE_HASH = "vnp_SecureHash";
    static final String SECURE_HASH_TYPE = "vnp_SecureHashType";

    private VnpaySignature() {
    }

    /** The signed text (and query string) of the parameters. */
    static String hashData(Map<String, String> params) {
        StringJoiner joined = new StringJoiner("&");
        new TreeMap<>(params).forEach((key, value) -> {
            if (key.startsWith("vnp_") && !key.equals(SECURE_HASH) && !key.equals(SECURE_HASH_TYPE)
                    && value != null && !value.isEmpty()) {
                joined.add(encode(key) + "=" + encode(value));
            }
        });
        return joined.toString();
    }

    static String sign(String secret, Map<String, String> params) {
        return hmacSha512(secret, hashData(params));
    }

    /** Whether {@code vnp_SecureHash} matches the other parameters (case-insensitive hex, constant time). */
    static boolean verify(String secret, Map<String, String> params) {
        String given = params.get(SECURE_HASH);
        if (given == null || given.isBlank()) {
            return false;
        }
        byte[] expected = sign(secret, params).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    static String hmacSha512(String secret, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA512");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
            return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA512 is not available", e);
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.US_ASCII);
    }

    /**
     * Text as VNPay wants it in {@code vnp_OrderInfo}: Vietnamese without diacritics (đ → d), printable ASCII only,
     * at most 255 characters.
     */
    static String plainAscii(String text) {
        String folded = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replaceAll("[^\\x20-\\x7E]", " ")
                .replaceAll("\\s+", " ")
                .strip();
        return folded.length() > 255 ? folded.substring(0, 255) : folded;
    }
}
