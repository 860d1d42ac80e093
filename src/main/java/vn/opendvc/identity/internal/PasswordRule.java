package vn.opendvc.identity.internal;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * What a local password must be, whoever sets it (registration, an officer account, a change of password): 8 to 64
 * characters with at least one letter and one digit ({@code identity.error.password} says so to the user).
 */
final class PasswordRule {

    /** BCrypt reads at most 72 bytes: a longer password would be silently cut, so it is refused. */
    static final int MAX_BYTES = 72;

    private static final Pattern HAS_LETTER = Pattern.compile("\\p{L}");
    private static final Pattern HAS_DIGIT = Pattern.compile("\\d");

    static boolean acceptable(String password) {
        return password != null && password.length() >= 8 && password.length() <= 64 && fitsBcrypt(password)
                && HAS_LETTER.matcher(password).find() && HAS_DIGIT.matcher(password).find();
    }

    /** Whether BCrypt can hash all of it; no stored password is longer, so a longer one can never match. */
    static boolean fitsBcrypt(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }

    private PasswordRule() {
    }
}
