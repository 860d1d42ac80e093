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
 * form, numbers written out); every problem is reported at once, keyed by field, as a message in the reader's
 * language. The length limit holds for what is stored, i.e. after normalizing: a number is refused before it is
 * written out when it has more digits than {@link #MAX_INTEGER_DIGITS} and {@link #MAX_FRACTION_DIGITS} allow, since
 * {@code 1e200000} is six characters that would be written out as 200,001.
 */
final class FormValidator {

    static final int MAX_TEXT = 1000;
    /** Digits before the decimal point of a number field: amounts in đồng, areas in m², counts. */
    static final int MAX_INTEGER_DIGITS = 20;
    static final int MAX_FRACTION_DIGITS = 10;
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
            if (normalized.isEmpty()) {
                errors.put(field.key(), message(field, value));
            } else if (normalized.get().length() > MAX_TEXT) {
                errors.put(field.key(), Message.of("dossier.field.too-long", MAX_TEXT));
            } else {
                values.put(field.key(), normalized.get());
            }
        }
        return new Result(values, errors);
    }

    private static Optional<String> normalize(FormField field, String value) {
        return switch (field.type()) {
            case "date" -> date(value).map(LocalDate::toString);
            case "number" -> number(value).filter(FormValidator::withinDigits).map(BigDecimal::toPlainString);
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

    /** Parsing is cheap whatever the exponent (it only sets the scale); writing the number out is what is not. */
    private static Optional<BigDecimal> number(String value) {
        try {
            return Optional.of(new BigDecimal(value.replace(" ", "").replace(',', '.')));
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    private static boolean withinDigits(BigDecimal number) {
        BigDecimal n = number.stripTrailingZeros();
        return (long) n.precision() - n.scale() <= MAX_INTEGER_DIGITS && n.scale() <= MAX_FRACTION_DIGITS; // no overflow
    }

    /** What a value of this type must look like; for a number that is one, how many digits it may have. */
    private static Message message(FormField field, String value) {
        if ("number".equals(field.type()) && number(value).isPresent()) {
            return Message.of("dossier.field.number.digits", MAX_INTEGER_DIGITS, MAX_FRACTION_DIGITS);
        }
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
