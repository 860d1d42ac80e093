package vn.opendvc.dossier.letters;

import java.time.Instant;
import java.util.List;

/** The checks the letter records make on their data: missing data is an {@link IllegalArgumentException}. */
final class Required {

    private Required() {
    }

    /** A non-blank text, stripped. */
    static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value.strip();
    }

    /** An optional text: stripped, or {@code null} when absent or blank. */
    static String optionalText(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static <T> T value(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    /** A non-empty list of non-blank texts, stripped and copied. */
    static List<String> texts(List<String> values, String field) {
        List<String> list = items(values, field);
        for (int i = 0; i < list.size(); i++) {
            text(list.get(i), field + "[" + i + "]");
        }
        return list.stream().map(String::strip).toList();
    }

    /** A non-empty list without {@code null} elements, copied. */
    static <T> List<T> items(List<T> values, String field) {
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException(field + " must list at least one entry");
        }
        for (int i = 0; i < values.size(); i++) {
            value(values.get(i), field + "[" + i + "]");
        }
        return List.copyOf(values);
    }

    /** {@code later} strictly after {@code earlier}. */
    static void after(Instant later, String laterField, Instant earlier, String earlierField) {
        if (!later.isAfter(earlier)) {
            throw new IllegalArgumentException(laterField + " (" + later + ") must be after " + earlierField
                    + " (" + earlier + ")");
        }
    }
}
