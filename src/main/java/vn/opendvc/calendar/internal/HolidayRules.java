package vn.opendvc.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import vn.opendvc.calendar.Holiday.Kind;
import vn.opendvc.calendar.Holiday;
import vn.opendvc.calendar.LunarDate;
import vn.opendvc.calendar.internal.CalendarProperties.NationalDayExtraDay;
import vn.opendvc.web.InvalidInput;
import vn.opendvc.web.Message;

/**
 * The public holidays of the Labour Code 2019 (art. 112) computed for a year, before the announced table:
 * 1/1; Tết (5 days around the lunar new year: by default the last day of the old lunar year and the first 4 of the
 * new one); Hùng Kings day (10/3 lunar); 30/4; 1/5; 2/9 and one day next to it (see
 * {@link NationalDayExtraDay}). A holiday that falls on a weekly rest day gives a day off in lieu on the next
 * working day that is not already a holiday (art. 111). The result is cached per year: it depends on nothing else.
 */
class HolidayRules {

    private final CalendarProperties properties;
    private final Map<Integer, List<Holiday>> byYear = new ConcurrentHashMap<>();

    HolidayRules(CalendarProperties properties) {
        this.properties = properties;
    }

    /** The holidays of a solar year, by date, with days in lieu. */
    List<Holiday> of(int year) {
        if (year < LunarDate.MIN_SOLAR.getYear() || year > LunarDate.MAX_SOLAR.getYear()) {
            throw new InvalidInput(Message.of("calendar.invalid.year.range", year));
        }
        return byYear.computeIfAbsent(year, this::compute);
    }

    private List<Holiday> compute(int year) {
        List<Holiday> days = new ArrayList<>();
        days.add(new Holiday(LocalDate.of(year, 1, 1), "Tết Dương lịch", Kind.NEW_YEAR, false));
        LocalDate tet = new LunarDate(1, 1, year, false).toSolar();
        for (int i = 0; i < properties.lunarNewYearDays(); i++) {
            days.add(new Holiday(tet.plusDays(i - properties.lunarNewYearDaysBefore()), "Tết Nguyên đán",
                    Kind.LUNAR_NEW_YEAR, false));
        }
        days.add(new Holiday(new LunarDate(10, 3, year, false).toSolar(), "Giỗ Tổ Hùng Vương", Kind.HUNG_KINGS, false));
        days.add(new Holiday(LocalDate.of(year, 4, 30), "Ngày Chiến thắng (30/4)", Kind.REUNIFICATION, false));
        days.add(new Holiday(LocalDate.of(year, 5, 1), "Ngày Quốc tế Lao động", Kind.LABOUR_DAY, false));
        LocalDate nationalDay = LocalDate.of(year, 9, 2);
        days.add(new Holiday(nationalDay, "Quốc khánh", Kind.NATIONAL_DAY, false));
        days.add(new Holiday(nationalDayExtra(nationalDay), "Quốc khánh", Kind.NATIONAL_DAY, false));
        days.sort(Comparator.comparing(Holiday::date));
        return List.copyOf(withDaysInLieu(days));
    }

    private List<Holiday> withDaysInLieu(List<Holiday> holidays) {
        Set<LocalDate> taken = new HashSet<>();
        holidays.forEach(h -> taken.add(h.date()));
        List<Holiday> result = new ArrayList<>(holidays);
        for (Holiday holiday : holidays) {
            if (isRestDay(holiday.date())) {
                LocalDate inLieu = holiday.date().plusDays(1);
                while (isRestDay(inLieu) || taken.contains(inLieu)) {
                    inLieu = inLieu.plusDays(1);
                }
                taken.add(inLieu);
                result.add(new Holiday(inLieu, "Nghỉ bù " + holiday.name(), holiday.kind(), true));
            }
        }
        result.sort(Comparator.comparing(Holiday::date));
        return result;
    }

    private LocalDate nationalDayExtra(LocalDate nationalDay) {
        LocalDate before = nationalDay.minusDays(1);
        LocalDate after = nationalDay.plusDays(1);
        return switch (properties.nationalDayExtraDay()) {
            case BEFORE -> before;
            case AFTER -> after;
            case AUTO -> breakLength(nationalDay, after) > breakLength(nationalDay, before) ? after : before;
        };
    }

    /** Days in the run of non-working days around 2/9 if {@code extra} is the second holiday. */
    private int breakLength(LocalDate nationalDay, LocalDate extra) {
        List<Holiday> pair = List.of(new Holiday(extra.isBefore(nationalDay) ? extra : nationalDay, "", Kind.NATIONAL_DAY, false),
                new Holiday(extra.isBefore(nationalDay) ? nationalDay : extra, "", Kind.NATIONAL_DAY, false));
        Set<LocalDate> off = new HashSet<>();
        withDaysInLieu(pair).forEach(h -> off.add(h.date()));
        int length = 1;
        for (LocalDate d = nationalDay.minusDays(1); off.contains(d) || isRestDay(d); d = d.minusDays(1)) {
            length++;
        }
        for (LocalDate d = nationalDay.plusDays(1); off.contains(d) || isRestDay(d); d = d.plusDays(1)) {
            length++;
        }
        return length;
    }

    boolean isRestDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return !properties.workingDays().contains(day);
    }
}
