package vn.opendvc.identity.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A business tax code (mã số thuế): 10 digits for the enterprise, 13 for a branch or dependent unit, written
 * {@code NNNNNNNNNN-NNN} or as 13 digits. Stored normalized: 10 digits, or 10 digits, a hyphen and 3 digits.
 */
public final class TaxCode {

    private static final Pattern FORMAT = Pattern.compile("(\\d{10})(?:-?(\\d{3}))?");

    public static Optional<String> normalize(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(raw.replaceAll("\\s", ""));
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(m.group(2) == null ? m.group(1) : m.group(1) + "-" + m.group(2));
    }

    private TaxCode() {
    }
}
