package vn.opendvc.identity;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** An e-mail address, checked for a plausible {@code local@domain.tld} shape and stored in lower case. */
public final class EmailAddress {

    private static final Pattern FORMAT =
            Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.[A-Za-z]{2,}");

    public static Optional<String> normalize(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = raw.trim();
        return s.length() <= 254 && FORMAT.matcher(s).matches() ? Optional.of(s.toLowerCase(Locale.ROOT))
                : Optional.empty();
    }

    private EmailAddress() {
    }
}
