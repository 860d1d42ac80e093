package vn.opendvc.calendar.internal;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import vn.opendvc.web.VietnamTime;

/**
 * Settings of the working calendar, prefix {@code opendvc.calendar}. Invalid values stop the application at start.
 *
 * @param zone                    zone of working hours and deadlines
 * @param workingDays             days of the week that are working days
 * @param workingHours            working periods of a working day, {@code HH:mm-HH:mm}, in order, not overlapping
 * @param receiptCutoff           received later than this on a working day: counting starts the next working day
 * @param dueSoonWorkingDays      a deadline with at most this much working time left is "due soon"
 * @param lunarNewYearDays        days of Tết off (Labour Code: 5)
 * @param lunarNewYearDaysBefore  how many of them fall before the lunar new year's day (default: the last day of the
 *                                old year, then the first 4 days of the new one)
 * @param nationalDayExtraDay     which day next to 2/9 is the second National Day holiday: {@code BEFORE} (1/9),
 *                                {@code AFTER} (3/9) or {@code AUTO} (the one giving the longer break with the
 *                                weekend, 1/9 on a tie; matches the government's choices 2021–2025)
 * @param announcedDaysCacheTtl   how long a node keeps a year of the announced table before reading it again
 */
@ConfigurationProperties("opendvc.calendar")
record CalendarProperties(
        @DefaultValue(VietnamTime.ZONE_ID) ZoneId zone,
        @DefaultValue({"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"}) Set<DayOfWeek> workingDays,
        @DefaultValue({"07:00-11:30", "13:30-17:00"}) List<String> workingHours,
        @DefaultValue("15:00") String receiptCutoff,
        @DefaultValue("1") BigDecimal dueSoonWorkingDays,
        @DefaultValue("5") int lunarNewYearDays,
        @DefaultValue("1") int lunarNewYearDaysBefore,
        @DefaultValue("AUTO") NationalDayExtraDay nationalDayExtraDay,
        @DefaultValue("30s") Duration announcedDaysCacheTtl) {

    enum NationalDayExtraDay { BEFORE, AFTER, AUTO }

    /** The defaults, as documented (for code that runs without Spring, e.g. tests). */
    static CalendarProperties defaults() {
        return new CalendarProperties(VietnamTime.ZONE,
                Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
                List.of("07:00-11:30", "13:30-17:00"), "15:00", BigDecimal.ONE, 5, 1, NationalDayExtraDay.AUTO,
                Duration.ofSeconds(30));
    }

    CalendarProperties {
        if (workingDays == null || workingDays.isEmpty()) {
            throw new IllegalArgumentException("opendvc.calendar.working-days must name at least one day");
        }
        workingDays = Set.copyOf(workingDays);
        periods(workingHours);
        cutoff(receiptCutoff);
        if (dueSoonWorkingDays.signum() < 0) {
            throw new IllegalArgumentException("opendvc.calendar.due-soon-working-days must not be negative");
        }
        if (lunarNewYearDays < 1 || lunarNewYearDays > 15 || lunarNewYearDaysBefore < 0
                || lunarNewYearDaysBefore >= lunarNewYearDays) {
            throw new IllegalArgumentException("opendvc.calendar.lunar-new-year-days must be 1–15 and "
                    + "lunar-new-year-days-before 0 to lunar-new-year-days − 1");
        }
        if (announcedDaysCacheTtl.isNegative()) {
            throw new IllegalArgumentException("opendvc.calendar.announced-days-cache-ttl must not be negative");
        }
    }

    List<Period> periods() {
        return periods(workingHours);
    }

    LocalTime cutoff() {
        return cutoff(receiptCutoff);
    }

    /** One working period of a day, {@code [start, end)}. */
    record Period(LocalTime start, LocalTime end) {
        Duration length() {
            return Duration.between(start, end);
        }
    }

    private static List<Period> periods(List<String> hours) {
        if (hours == null || hours.isEmpty()) {
            throw new IllegalArgumentException("opendvc.calendar.working-hours must name at least one period");
        }
        List<Period> periods = new ArrayList<>();
        for (String text : hours) {
            String[] ends = text.split("-");
            try {
                if (ends.length != 2) {
                    throw new DateTimeParseException("expected HH:mm-HH:mm", text, 0);
                }
                Period period = new Period(LocalTime.parse(ends[0].trim()), LocalTime.parse(ends[1].trim()));
                if (!period.start().isBefore(period.end())) {
                    throw new DateTimeParseException("period ends before it starts", text, 0);
                }
                if (!periods.isEmpty() && periods.getLast().end().isAfter(period.start())) {
                    throw new DateTimeParseException("periods must be in order and not overlap", text, 0);
                }
                periods.add(period);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("opendvc.calendar.working-hours: invalid period '" + text + "' ("
                        + e.getMessage() + ")", e);
            }
        }
        return List.copyOf(periods);
    }

    private static LocalTime cutoff(String text) {
        try {
            return LocalTime.parse(text.trim());
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException("opendvc.calendar.receipt-cutoff: invalid time '" + text + "'", e);
        }
    }
}
