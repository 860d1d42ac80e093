package vn.opendvc.identity;

import java.util.Optional;
import java.util.regex.Pattern;

/** A Vietnamese phone number: mobile {@code 0xxxxxxxxx} or landline {@code 02xxxxxxxxx}; {@code +84} accepted. */
public final class PhoneNumber {

    private static final Pattern FORMAT = Pattern.compile("0[1-9]\\d{8,9}");

    /** The number in national form ({@code 0} prefix, digits only), or empty when it is not a phone number. */
    public static Optional<String> normalize(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = raw.replaceAll("[\\s.()-]", "");
        if (s.startsWith("+84")) {
            s = "0" + s.substring(3);
        }
        return FORMAT.matcher(s).matches() ? Optional.of(s) : Optional.empty();
    }

    private PhoneNumber() {
    }
}
