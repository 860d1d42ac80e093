package vn.opendvc.calendar.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;

import vn.opendvc.calendar.AnnouncedDay;
import vn.opendvc.calendar.Holiday;
import vn.opendvc.calendar.LunarDate;
import vn.opendvc.calendar.WorkingCalendar;

/** A year laid out as month grids (Monday first) with holidays, make-up working days and lunar dates. */
record YearGrid(int year, String lunarYearName, List<Month> months, List<Entry> holidays, List<Entry> workingDays) {

    /** One month; weeks are rows of 7 cells, {@code null} outside the month. */
    record Month(int number, List<List<Cell>> weeks) {
    }

    record Cell(LocalDate date, String lunar, boolean lunarMonthStart, boolean working, boolean holiday,
            boolean extraWorkingDay, String label, boolean today) {

        /** CSS classes of the cell, or {@code null} for an ordinary working day. */
        public String css() {
            List<String> classes = new ArrayList<>(4);
            if (holiday) {
                classes.add("holiday");
            }
            if (!working) {
                classes.add("off");
            }
            if (extraWorkingDay) {
                classes.add("extra");
            }
            if (today) {
                classes.add("today");
            }
            return classes.isEmpty() ? null : String.join(" ", classes);
        }
    }

    record Entry(LocalDate date, String label) {
    }

    static YearGrid of(int year, WorkingCalendar calendar, MessageSource messages, Locale locale, LocalDate today) {
        Map<LocalDate, String> holidayLabels = new HashMap<>();
        List<Entry> holidays = new ArrayList<>();
        for (Holiday holiday : calendar.holidays(year)) {
            String label = label(holiday, messages, locale);
            holidayLabels.merge(holiday.date(), label, (a, b) -> a + "; " + b);
            holidays.add(new Entry(holiday.date(), label));
        }
        Set<LocalDate> extra = new HashSet<>();
        List<Entry> workingDays = new ArrayList<>();
        for (AnnouncedDay day : calendar.extraWorkingDays(year)) {
            extra.add(day.date());
            workingDays.add(new Entry(day.date(), day.name()));
        }
        String leap = messages.getMessage("calendar.leap.short", null, locale);
        List<Month> months = new ArrayList<>(12);
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(year, m);
            List<List<Cell>> weeks = new ArrayList<>();
            List<Cell> week = new ArrayList<>(7);
            for (int pad = 1; pad < month.atDay(1).getDayOfWeek().getValue(); pad++) {
                week.add(null);
            }
            for (int d = 1; d <= month.lengthOfMonth(); d++) {
                LocalDate date = month.atDay(d);
                LunarDate lunar = LunarDate.of(date);
                boolean start = lunar.day() == 1;
                String lunarText = start ? lunar.day() + "/" + lunar.month() + (lunar.leapMonth() ? leap : "")
                        : String.valueOf(lunar.day());
                week.add(new Cell(date, lunarText, start, calendar.isWorkingDay(date), holidayLabels.containsKey(date),
                        extra.contains(date), holidayLabels.get(date), date.equals(today)));
                if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    weeks.add(week);
                    week = new ArrayList<>(7);
                }
            }
            if (!week.isEmpty()) {
                while (week.size() < 7) {
                    week.add(null);
                }
                weeks.add(week);
            }
            months.add(new Month(m, weeks));
        }
        String lunarYearName = new LunarDate(1, 1, year, false).yearName();
        return new YearGrid(year, lunarYearName, months, holidays, workingDays);
    }

    /** The holiday's name in the page's language; announced days keep the name they were announced with. */
    static String label(Holiday holiday, MessageSource messages, Locale locale) {
        if (holiday.kind() == Holiday.Kind.ANNOUNCED) {
            return holiday.name();
        }
        String name = messages.getMessage("calendar.holiday." + holiday.kind().name(), null, holiday.name(), locale);
        return holiday.inLieu() ? messages.getMessage("calendar.holiday.inLieu", new Object[] {name}, locale) : name;
    }
}
