package vn.opendvc.feedback.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import vn.opendvc.feedback.FeedbackKind;
import vn.opendvc.feedback.FeedbackStatus;
import vn.opendvc.feedback.internal.Open311Requests;

/** How Open311 parameters are read: service codes, statuses, W3C dates, numbers, lists, {@code 42.json} names. */
final class Open311Parameters {

    private Open311Parameters() {
    }

    static List<FeedbackKind> kinds() {
        return Arrays.stream(FeedbackKind.values()).filter(k -> k != FeedbackKind.DOSSIER_HANDLING).toList();
    }

    static Optional<FeedbackKind> kind(String code) {
        return FeedbackKind.ofServiceCode(code).filter(k -> k != FeedbackKind.DOSSIER_HANDLING);
    }

    static List<FeedbackStatus> statuses(String status) {
        List<FeedbackStatus> statuses = new ArrayList<>();
        for (String s : list(status)) {
            switch (s) {
                case "open" -> Arrays.stream(FeedbackStatus.values()).filter(x -> !x.closed()).forEach(statuses::add);
                case "closed" -> Arrays.stream(FeedbackStatus.values()).filter(FeedbackStatus::closed)
                        .forEach(statuses::add);
                default -> throw Open311Error.badRequest("feedback.open311.error.status", s);
            }
        }
        return statuses;
    }

    /** A W3C datetime; without an offset it is taken as Vietnam time. */
    static Instant date(String value, String name) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(v).atZone(vn.opendvc.web.VietnamTime.ZONE).toInstant();
            } catch (DateTimeParseException e) {
                throw Open311Error.badRequest("feedback.open311.error.date", name);
            }
        }
    }

    static Double number(String value, String name) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(v);
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new NumberFormatException(v);
            }
            return d;
        } catch (NumberFormatException e) {
            throw Open311Error.badRequest("feedback.open311.error.number", name);
        }
    }

    static List<String> list(String commaSeparated) {
        return commaSeparated == null ? List.of() : Arrays.stream(commaSeparated.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).limit(Open311Requests.MAX_REQUESTS).toList();
    }

    /** {@code 42.json} → {@code 42}. */
    static String stem(String file) {
        return file.endsWith(".json") || file.endsWith(".xml") ? file.substring(0, file.lastIndexOf('.')) : file;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static String shortened(String description) {
        String line = description.strip().lines().findFirst().orElse("");
        return line.length() > 80 ? line.substring(0, 77) + "..." : line;
    }
}
