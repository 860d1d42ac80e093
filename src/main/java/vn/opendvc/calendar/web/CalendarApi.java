package vn.opendvc.calendar.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.opendvc.calendar.LunarDate;
import vn.opendvc.calendar.WorkingCalendar;
import vn.opendvc.calendar.WorkingDays;
import vn.opendvc.web.InvalidInput;
import vn.opendvc.web.Message;
import vn.opendvc.web.Problems;

/** Public read API of the working calendar. Every bad date or number is a 400 problem detail saying what was wrong. */
@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "Lịch làm việc / Working calendar")
class CalendarApi {

    /** A '+' of an offset that arrived unencoded in a query string reads as a space. */
    private static final Pattern SPACE_FOR_PLUS = Pattern.compile(" (\\d{2}(:?\\d{2})?)$");

    private final WorkingCalendar calendar;

    CalendarApi(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    record SolarDate(LocalDate date) {
    }

    record HolidayView(LocalDate date, String name) {
    }

    record Due(Instant due) {
    }

    @GetMapping("/lunar")
    @Operation(summary = "Âm lịch của một ngày dương lịch (1900–2100, UTC+7) / lunar date of a solar date")
    LunarDate lunar(@RequestParam(required = false) String date) {
        return valid(() -> LunarDate.of(parseDate(required("date", date))));
    }

    @GetMapping("/solar")
    @Operation(summary = "Dương lịch của một ngày âm lịch / solar date of a lunar date")
    SolarDate solar(@RequestParam(required = false) String year, @RequestParam(required = false) String month,
            @RequestParam(required = false) String day, @RequestParam(required = false) String leapMonth) {
        return valid(() -> new SolarDate(new LunarDate(integer("day", day), integer("month", month),
                integer("year", year), bool("leapMonth", leapMonth)).toSolar()));
    }

    @GetMapping("/{year}/holidays")
    @Operation(summary = "Ngày nghỉ lễ, Tết, nghỉ bù và ngày nghỉ được công bố trong năm / public holidays and days off")
    List<HolidayView> holidays(@PathVariable String year) {
        return valid(() -> calendar.holidays(integer("year", year)).stream()
                .map(h -> new HolidayView(h.date(), h.name())).toList());
    }

    @GetMapping("/deadline")
    @Operation(summary = "Hạn giải quyết: N ngày làm việc (bội số của 0,5) kể từ thời điểm tiếp nhận / deadline of N working days")
    Due deadline(@RequestParam(required = false) String start, @RequestParam(required = false) String workingDays) {
        return valid(() -> new Due(calendar.deadline(parseInstant(required("start", start)),
                WorkingDays.parse(required("workingDays", workingDays)))));
    }

    /** Bad input from this API (an {@link IllegalArgumentException} of the calendar) is a 400 problem detail. */
    private static <T> T valid(Supplier<T> call) {
        try {
            return call.get();
        } catch (IllegalArgumentException e) {
            throw Problems.badRequest(InvalidInput.reasonOf(e));
        }
    }

    private static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(Message.of("calendar.invalid.parameter.missing", name));
        }
        return value.trim();
    }

    private static int integer(String name, String value) {
        try {
            return Integer.parseInt(required(name, value));
        } catch (NumberFormatException e) {
            throw new InvalidInput(Message.of("calendar.invalid.parameter.integer", name, value));
        }
    }

    private static boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw new InvalidInput(Message.of("calendar.invalid.parameter.boolean", name, value));
        };
    }

    private static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(Message.of("calendar.invalid.date.format", text));
        }
    }

    private static Instant parseInstant(String text) {
        String iso = SPACE_FOR_PLUS.matcher(text.trim()).replaceFirst("+$1");
        Instant instant;
        try {
            instant = Instant.parse(iso);
        } catch (DateTimeParseException e) {
            throw new InvalidInput(Message.of("calendar.invalid.instant.format", text));
        }
        if (instant.isBefore(LunarDate.MIN_SOLAR.atStartOfDay().toInstant(java.time.ZoneOffset.UTC))
                || instant.isAfter(LunarDate.MAX_SOLAR.atStartOfDay().toInstant(java.time.ZoneOffset.UTC))) {
            throw new InvalidInput(Message.of("calendar.invalid.instant.range"));
        }
        return instant;
    }
}
