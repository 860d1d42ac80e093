package vn.opendvc.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.opendvc.testing.ApplicationTest;

/** The announced days shipped in V20__calendar.sql give the days off the government announced for 2023–2025. */
@ApplicationTest
class ShippedAnnouncementsTest {

    @Autowired
    WorkingCalendar calendar;

    private List<LocalDate> weekdaysOff(int year) {
        return calendar.holidays(year).stream().map(Holiday::date)
                .filter(d -> d.getDayOfWeek().getValue() <= 5).toList();
    }

    private List<LocalDate> weekdaysOffBetween(String from, String to) {
        return Stream.iterate(LocalDate.parse(from), d -> !d.isAfter(LocalDate.parse(to)), d -> d.plusDays(1))
                .filter(d -> !calendar.isWorkingDay(d)).filter(d -> d.getDayOfWeek().getValue() <= 5).toList();
    }

    @Test
    void tet2023From20To26January() {
        assertThat(weekdaysOffBetween("2023-01-16", "2023-02-03")).containsExactly(d("2023-01-20"), d("2023-01-23"),
                d("2023-01-24"), d("2023-01-25"), d("2023-01-26"));
    }

    @Test
    void year2024() {
        assertThat(weekdaysOff(2024)).containsExactly(
                d("2024-01-01"),
                d("2024-02-08"), d("2024-02-09"), d("2024-02-12"), d("2024-02-13"), d("2024-02-14"),
                d("2024-04-18"),
                d("2024-04-29"), d("2024-04-30"), d("2024-05-01"),
                d("2024-09-02"), d("2024-09-03"));
        assertThat(calendar.isWorkingDay(d("2024-05-04"))).isTrue();
    }

    @Test
    void year2025() {
        assertThat(weekdaysOff(2025)).containsExactly(
                d("2025-01-01"),
                d("2025-01-27"), d("2025-01-28"), d("2025-01-29"), d("2025-01-30"), d("2025-01-31"),
                d("2025-04-07"),
                d("2025-04-30"), d("2025-05-01"), d("2025-05-02"),
                d("2025-09-01"), d("2025-09-02"));
        assertThat(calendar.isWorkingDay(d("2025-04-26"))).isTrue();
        assertThat(calendar.extraWorkingDays(2025)).extracting(AnnouncedDay::date)
                .containsExactly(d("2025-02-03"), d("2025-04-26"));
    }

    @Test
    void years2026And2027FollowTheRules() {
        assertThat(weekdaysOff(2026)).containsExactly(
                d("2026-01-01"),
                d("2026-02-16"), d("2026-02-17"), d("2026-02-18"), d("2026-02-19"), d("2026-02-20"),
                d("2026-04-27"), d("2026-04-30"), d("2026-05-01"),
                d("2026-09-01"), d("2026-09-02"));
        assertThat(weekdaysOff(2027)).hasSize(11).contains(d("2027-02-11"), d("2027-05-03"), d("2027-09-03"));
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }
}
