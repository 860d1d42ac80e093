package vn.opendvc.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.opendvc.calendar.AnnouncedDay;
import vn.opendvc.calendar.Holiday;

/** Holiday lists from the rules alone and with the announced tables shipped in V20__calendar.sql. */
class HolidayRulesTest {

    private final List<AnnouncedDay> table = new ArrayList<>();
    private final StatutoryWorkingCalendar calendar = new StatutoryWorkingCalendar(CalendarProperties.defaults(),
            year -> table.stream().filter(a -> a.date().getYear() == year).toList(), Clock.systemUTC());

    private List<LocalDate> daysOffOnWeekdays(int year) {
        return calendar.holidays(year).stream().map(Holiday::date)
                .filter(d -> d.getDayOfWeek().getValue() <= 5).toList();
    }

    @Test
    void year2026FromTheRules() {
        assertThat(daysOffOnWeekdays(2026)).containsExactly(
                d("2026-01-01"),
                d("2026-02-16"), d("2026-02-17"), d("2026-02-18"), d("2026-02-19"), d("2026-02-20"),
                d("2026-04-27"), // Hùng Kings day 26/4 is a Sunday: day off in lieu on Monday
                d("2026-04-30"), d("2026-05-01"),
                d("2026-09-01"), d("2026-09-02"));
        assertThat(calendar.holidays(2026)).contains(
                new Holiday(d("2026-04-26"), "Giỗ Tổ Hùng Vương", Holiday.Kind.HUNG_KINGS, false),
                new Holiday(d("2026-04-27"), "Nghỉ bù Giỗ Tổ Hùng Vương", Holiday.Kind.HUNG_KINGS, true));
        assertThat(calendar.isWorkingDay(d("2026-04-27"))).isFalse();
        assertThat(calendar.isWorkingDay(d("2026-04-28"))).isTrue();
    }

    @Test
    void year2027FromTheRulesMovesTetAndLabourDayOffTheWeekend() {
        assertThat(daysOffOnWeekdays(2027)).containsExactly(
                d("2027-01-01"),
                d("2027-02-05"), d("2027-02-08"), d("2027-02-09"),
                d("2027-02-10"), d("2027-02-11"), // in lieu of Tết days on Saturday 6/2 and Sunday 7/2
                d("2027-04-16"),
                d("2027-04-30"), d("2027-05-03"), // 1/5 is a Saturday
                d("2027-09-02"), d("2027-09-03")); // 2/9 is a Thursday: 3/9 gives the longer break
        assertThat(calendar.holidays(2027)).contains(
                new Holiday(d("2027-02-11"), "Nghỉ bù Tết Nguyên đán", Holiday.Kind.LUNAR_NEW_YEAR, true));
    }

    @Test
    void year2024WithTheAnnouncedTable() {
        announced2024();
        assertThat(daysOffOnWeekdays(2024)).containsExactly(
                d("2024-01-01"),
                d("2024-02-08"), d("2024-02-09"), d("2024-02-12"), d("2024-02-13"), d("2024-02-14"),
                d("2024-04-18"),
                d("2024-04-29"), d("2024-04-30"), d("2024-05-01"),
                d("2024-09-02"), d("2024-09-03")); // 1/9 is a Sunday: day off in lieu on Tuesday 3/9
        assertThat(calendar.holidays(2024)).contains(
                new Holiday(d("2024-09-01"), "Quốc khánh", Holiday.Kind.NATIONAL_DAY, false),
                new Holiday(d("2024-09-03"), "Nghỉ bù Quốc khánh", Holiday.Kind.NATIONAL_DAY, true));
        assertThat(calendar.isWorkingDay(d("2024-02-15"))).isTrue();
        assertThat(calendar.isWorkingDay(d("2024-05-04"))).as("make-up Saturday").isTrue();
        assertThat(calendar.extraWorkingDays(2024)).extracting(AnnouncedDay::date)
                .containsExactly(d("2024-02-15"), d("2024-05-04"));
    }

    @Test
    void year2024FromTheRulesAloneDiffersFromTheAnnouncement() {
        assertThat(daysOffOnWeekdays(2024)).containsExactly(
                d("2024-01-01"),
                d("2024-02-09"), d("2024-02-12"), d("2024-02-13"), d("2024-02-14"), d("2024-02-15"),
                d("2024-04-18"),
                d("2024-04-30"), d("2024-05-01"),
                d("2024-09-02"), d("2024-09-03"));
    }

    @Test
    void year2025WithTheAnnouncedTable() {
        announced2025();
        assertThat(daysOffOnWeekdays(2025)).containsExactly(
                d("2025-01-01"),
                d("2025-01-27"), d("2025-01-28"), d("2025-01-29"), d("2025-01-30"), d("2025-01-31"),
                d("2025-04-07"),
                d("2025-04-30"), d("2025-05-01"), d("2025-05-02"),
                d("2025-09-01"), d("2025-09-02"));
        assertThat(calendar.isWorkingDay(d("2025-02-03"))).isTrue();
        assertThat(calendar.isWorkingDay(d("2025-04-26"))).isTrue();
        assertThat(calendar.isWorkingDay(d("2025-05-03"))).isFalse();
    }

    @Test
    void nationalDayExtraDayFollowsTheGovernmentsChoices2021To2025() {
        // 2021: 2–3/9; 2022: 1–2/9; 2023: 1/9 and 4/9 (in lieu of Saturday 2/9); 2025: 1–2/9.
        assertThat(daysOffOnWeekdays(2021)).contains(d("2021-09-02"), d("2021-09-03")).doesNotContain(d("2021-09-01"));
        assertThat(daysOffOnWeekdays(2022)).contains(d("2022-09-01"), d("2022-09-02"));
        assertThat(daysOffOnWeekdays(2023)).contains(d("2023-09-01"), d("2023-09-04"));
    }

    @Test
    void configurableTetDaysAndNationalDay() {
        CalendarProperties d = CalendarProperties.defaults();
        CalendarProperties custom = new CalendarProperties(d.zone(), d.workingDays(), d.workingHours(),
                d.receiptCutoff(), d.dueSoonWorkingDays(), 5, 2, CalendarProperties.NationalDayExtraDay.AFTER,
                d.announcedDaysCacheTtl());
        StatutoryWorkingCalendar other = new StatutoryWorkingCalendar(custom, year -> List.of(), Clock.systemUTC());
        // Tết 2026 from 28 Chạp (15/2, a Sunday) to mùng 3 (19/2); Sunday moved to Friday 20/2.
        assertThat(other.holidays(2026)).extracting(Holiday::date).contains(d("2026-02-15"), d("2026-02-20"))
                .doesNotContain(d("2026-02-21"));
        assertThat(other.isWorkingDay(d("2026-09-01"))).isTrue();
        assertThat(other.isWorkingDay(d("2026-09-03"))).isFalse();
    }

    void announced2024() {
        table.add(new AnnouncedDay(d("2024-02-08"), AnnouncedDay.Kind.DAY_OFF, "Nghỉ Tết"));
        table.add(new AnnouncedDay(d("2024-02-15"), AnnouncedDay.Kind.WORKING_DAY, "Làm việc"));
        table.add(new AnnouncedDay(d("2024-04-29"), AnnouncedDay.Kind.DAY_OFF, "Nghỉ hoán đổi"));
        table.add(new AnnouncedDay(d("2024-05-04"), AnnouncedDay.Kind.WORKING_DAY, "Làm bù"));
    }

    void announced2025() {
        table.add(new AnnouncedDay(d("2025-01-27"), AnnouncedDay.Kind.DAY_OFF, "Nghỉ Tết"));
        table.add(new AnnouncedDay(d("2025-02-03"), AnnouncedDay.Kind.WORKING_DAY, "Làm việc"));
        table.add(new AnnouncedDay(d("2025-05-02"), AnnouncedDay.Kind.DAY_OFF, "Nghỉ hoán đổi"));
        table.add(new AnnouncedDay(d("2025-04-26"), AnnouncedDay.Kind.WORKING_DAY, "Làm bù"));
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }
}
