package vn.opendvc.dossier.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.opendvc.catalog.Procedure.FormField;
import vn.opendvc.identity.EmailAddress;
import vn.opendvc.identity.PersonalIdNumber;
import vn.opendvc.identity.PhoneNumber;
import vn.opendvc.web.Message;

/**
 * Checks a dossier form against the procedure's fields: required fields, and the type of each value (date, number,
 * 12-digit ID number, phone, e-mail, one of the choices). Values come back normalized (ISO dates, national phone
 * form); every problem is reported at once, keyed by field, as a message in the reader's language.
 */
final class FormValidator {

    static final int MAX_TEXT = 1000;
    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    record Result(Map<String, String> values, Map<String, Message> errors) {
        boolean ok() {
            return errors.isEmpty();
        }
    }

    /**
     * @param complete {@code false} while drafting: missing required fields are not errors yet
     */
    static Result check(List<FormField> fields, Map<String, String> input, boolean complete) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Message> errors = new LinkedHashMap<>();
        Map<String, String> given = input == null ? Map.of() : input;
        for (String key : given.keySet()) {
            if (fields.stream().noneMatch(f -> f.key().equals(key))) {
                errors.put(key, Message.of("dossier.field.unknown"));
            }
        }
        for (FormField field : fields) {
            String raw = given.get(field.key());
            String value = raw == null ? "" : raw.strip();
            if (value.isEmpty()) {
                if (field.required() && complete) {
                    errors.put(field.key(), Message.of("dossier.field.required", lower(field.label())));
                }
                continue;
            }
            if (value.length() > MAX_TEXT) {
                errors.put(field.key(), Message.of("dossier.field.too-long", MAX_TEXT));
                continue;
            }
            Optional<String> normalized = normalize(field, value);
            if (normalized.isPresent()) {
                values.put(field.key(), normalized.get());
            } else {
                errors.put(field.key(), message(field));
            }
        }
        return new Result(values, errors);
    }

    private static Optional<String> normalize(FormField field, String value) {
        return switch (field.type()) {
            case "date" -> date(value).map(LocalDate::toString);
            case "number" -> number(value);
            case "idNumber" -> PersonalIdNumber.normalize(value);
            case "phone" -> PhoneNumber.normalize(value);
            case "email" -> EmailAddress.normalize(value);
            case "select" -> field.options().contains(value) ? Optional.of(value) : Optional.empty();
            default -> Optional.of(value);
        };
    }

    private static Optional<LocalDate> date(String value) {
        for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_LOCAL_DATE, VIETNAMESE_DATE)) {
            try {
                LocalDate date = LocalDate.parse(value, format);
                if (date.getYear() >= 1900 && date.getYear() <= 2100) {
                    return Optional.of(date);
                }
            } catch (DateTimeParseException e) {
                // try the next accepted format
            }
        }
        return Optional.empty();
    }

    private static Optional<String> number(String value) {
        try {
            return Optional.of(new BigDecimal(value.replace(" ", "").replace(',', '.')).toPlainString());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** What a value of this type must look like. */
    private static Message message(FormField field) {
        return switch (field.type()) {
            case "date", "number", "idNumber", "phone", "email", "select" -> Message.of("dossier.field." + field.type());
            default -> Message.of("dossier.field.invalid");
        };
    }

    private static String lower(String label) {
        return label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    private FormValidator() {
    }
}
