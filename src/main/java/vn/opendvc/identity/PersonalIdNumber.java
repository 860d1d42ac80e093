package vn.opendvc.identity;

import java.util.Optional;
import java.util.regex.Pattern;

/** The 12-digit personal ID number (số định danh cá nhân, the number on the chip-based ID card). */
public final class PersonalIdNumber {

    private static final Pattern FORMAT = Pattern.compile("\\d{12}");

    /** The number without spaces when it has the right format, otherwise empty. */
    public static Optional<String> normalize(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String digits = raw.replaceAll("[\\s.]", "");
        return FORMAT.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
    }

    private PersonalIdNumber() {
    }
}
