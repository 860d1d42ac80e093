package vn.opendvc.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import vn.opendvc.calendar.lunar.VietnameseLunarCalendar;
import vn.opendvc.calendar.lunar.VietnameseLunarCalendar.LunarMonth;

/** Invariants of the Vietnamese lunar calendar over the whole supported range 1900–2100. */
class LunarCalendarProperties {

    @Provide
    Arbitrary<LocalDate> solarDates() {
        return Arbitraries.longs().between(LunarDate.MIN_SOLAR.toEpochDay(), LunarDate.MAX_SOLAR.toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Property(tries = 2000)
    void solarToLunarAndBackIsTheSameDay(@ForAll("solarDates") LocalDate solar) {
        assertThat(LunarDate.of(solar).toSolar()).isEqualTo(solar);
    }

    @Property(tries = 2000)
    void consecutiveSolarDaysAreConsecutiveLunarDays(@ForAll("solarDates") LocalDate solar) {
        if (solar.equals(LunarDate.MAX_SOLAR)) {
            return;
        }
        LunarDate today = LunarDate.of(solar);
        LunarDate tomorrow = LunarDate.of(solar.plusDays(1));
        if (tomorrow.day() == 1) {
            assertThat(today.day()).isIn(29, 30);
        } else {
            assertThat(tomorrow).isEqualTo(new LunarDate(today.day() + 1, today.month(), today.year(), today.leapMonth()));
        }
    }

    @Property(tries = 200)
    void aYearHasTwelveOrThirteenMonthsOf29Or30Days(@ForAll @IntRange(min = 1900, max = 2099) int year) {
        List<LunarMonth> months = VietnameseLunarCalendar.monthsOf(year);
        assertThat(months).hasSizeBetween(12, 13);
        assertThat(months).allSatisfy(m -> assertThat(m.length()).isIn(29, 30));
        assertThat(months.stream().filter(LunarMonth::leap).count()).isEqualTo(months.size() - 12L);
        assertThat(months.stream().filter(m -> !m.leap()).map(LunarMonth::month).toList())
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        for (int i = 1; i < months.size(); i++) {
            LunarMonth previous = months.get(i - 1);
            assertThat(months.get(i).firstDay()).isEqualTo(previous.firstDay().plusDays(previous.length()));
            if (months.get(i).leap()) {
                assertThat(months.get(i).month()).isEqualTo(previous.month());
            }
        }
        int days = months.stream().mapToInt(LunarMonth::length).sum();
        assertThat(days).isBetween(months.size() == 12 ? 353 : 383, months.size() == 12 ? 355 : 385);
    }

    @Property(tries = 1000)
    void everyExistingLunarDateRoundTrips(@ForAll @IntRange(min = 1900, max = 2099) int year,
            @ForAll @IntRange(min = 0, max = 12) int monthIndex, @ForAll @IntRange(min = 1, max = 30) int day) {
        List<LunarMonth> months = VietnameseLunarCalendar.monthsOf(year);
        LunarMonth month = months.get(monthIndex % months.size());
        LunarDate lunar = new LunarDate(day, month.month(), year, month.leap());
        if (day <= month.length()) {
            LocalDate solar = lunar.toSolar();
            assertThat(solar).isEqualTo(month.firstDay().plusDays(day - 1L));
            assertThat(LunarDate.of(solar)).isEqualTo(lunar);
        } else {
            org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(lunar::toSolar);
        }
    }
}
