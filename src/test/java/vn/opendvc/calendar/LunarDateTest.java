package vn.opendvc.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Vietnamese lunar calendar against published dates (Vietnamese almanacs, government holiday notices). */
class LunarDateTest {

    /** Tết Nguyên đán (1/1 lunar) as published in Vietnam. */
    @ParameterizedTest(name = "Tết {0} = {1}")
    @CsvSource({
            "2000, 2000-02-05", "2001, 2001-01-24", "2002, 2002-02-12", "2003, 2003-02-01", "2004, 2004-01-22",
            "2005, 2005-02-09", "2006, 2006-01-29", "2008, 2008-02-07", "2009, 2009-01-26", "2010, 2010-02-14",
            "2011, 2011-02-03", "2012, 2012-01-23", "2013, 2013-02-10", "2014, 2014-01-31", "2015, 2015-02-19",
            "2016, 2016-02-08", "2017, 2017-01-28", "2018, 2018-02-16", "2019, 2019-02-05", "2020, 2020-01-25",
            "2021, 2021-02-12", "2022, 2022-02-01", "2023, 2023-01-22", "2024, 2024-02-10", "2025, 2025-01-29",
            "2026, 2026-02-17", "2027, 2027-02-06", "2028, 2028-01-26", "2029, 2029-02-13"})
    void lunarNewYear(int year, LocalDate tet) {
        assertThat(new LunarDate(1, 1, year, false).toSolar()).isEqualTo(tet);
        assertThat(LunarDate.of(tet)).isEqualTo(new LunarDate(1, 1, year, false));
        assertThat(LunarDate.of(tet.minusDays(1)).year()).isEqualTo(year - 1);
        assertThat(LunarDate.of(tet.minusDays(1)).month()).isEqualTo(12);
    }

    /** Years where the Vietnamese (UTC+7) and Chinese (UTC+8) new year fall on different days. */
    @ParameterizedTest(name = "Tết {0}: Vietnam {1}, China {2}")
    @CsvSource({
            "1985, 1985-01-21, 1985-02-20",
            "2007, 2007-02-17, 2007-02-18",
            "2030, 2030-02-02, 2030-02-03"})
    void vietnameseNewYearDiffersFromChinese(int year, LocalDate vietnam, LocalDate china) {
        assertThat(new LunarDate(1, 1, year, false).toSolar()).isEqualTo(vietnam);
        assertThat(LunarDate.of(vietnam)).isEqualTo(new LunarDate(1, 1, year, false));
        assertThat(LunarDate.of(china)).isNotEqualTo(new LunarDate(1, 1, year, false));
    }

    /** Giỗ Tổ Hùng Vương, 10/3 lunar, as announced each year. */
    @ParameterizedTest(name = "Hùng Kings {0} = {1}")
    @CsvSource({
            "2010, 2010-04-23", "2011, 2011-04-12", "2012, 2012-03-31", "2013, 2013-04-19", "2014, 2014-04-09",
            "2015, 2015-04-28", "2016, 2016-04-16", "2017, 2017-04-06", "2018, 2018-04-25", "2019, 2019-04-14",
            "2020, 2020-04-02", "2021, 2021-04-21", "2022, 2022-04-10", "2023, 2023-04-29", "2024, 2024-04-18",
            "2025, 2025-04-07", "2026, 2026-04-26", "2027, 2027-04-16", "2028, 2028-04-04", "2029, 2029-04-23",
            "2030, 2030-04-12"})
    void hungKingsDay(int year, LocalDate day) {
        assertThat(new LunarDate(10, 3, year, false).toSolar()).isEqualTo(day);
        assertThat(LunarDate.of(day)).isEqualTo(new LunarDate(10, 3, year, false));
    }

    @ParameterizedTest(name = "{0}: leap month {1} starts {2}")
    @CsvSource({
            "2020, 4, 2020-05-23",
            "2023, 2, 2023-03-22",
            "2025, 6, 2025-07-25",
            "2017, 6, 2017-07-23",
            "2014, 9, 2014-10-24"})
    void leapMonths(int year, int month, LocalDate firstDay) {
        LunarDate leapFirst = new LunarDate(1, month, year, true);
        assertThat(leapFirst.toSolar()).isEqualTo(firstDay);
        assertThat(LunarDate.of(firstDay)).isEqualTo(leapFirst);
        assertThat(LunarDate.of(firstDay.minusDays(1))).extracting(LunarDate::month, LunarDate::leapMonth)
                .containsExactly(month, false);
    }

    @Test
    void aLeapMonthTheYearDoesNotHaveDoesNotExist() {
        assertThatIllegalArgumentException().isThrownBy(() -> new LunarDate(1, 5, 2025, true).toSolar());
        assertThatIllegalArgumentException().isThrownBy(() -> new LunarDate(1, 3, 2024, true).toSolar());
    }

    @Test
    void aThirtiethInATwentyNineDayMonthDoesNotExist() {
        // The 12th month of Giáp Thìn has 29 days: Tết Ất Tỵ is 29 January 2025, the day after 29/12.
        assertThat(new LunarDate(29, 12, 2024, false).toSolar()).isEqualTo(LocalDate.of(2025, 1, 28));
        assertThatIllegalArgumentException().isThrownBy(() -> new LunarDate(30, 12, 2024, false).toSolar());
        // ... while the 12th month of Quý Mão had 30 days (Giao thừa 2024 was 9 February).
        assertThat(new LunarDate(30, 12, 2023, false).toSolar()).isEqualTo(LocalDate.of(2024, 2, 9));
    }

    @Test
    void rangeIs1900To2100() {
        assertThat(LunarDate.of(LocalDate.of(1900, 1, 1))).isEqualTo(new LunarDate(1, 12, 1899, false));
        assertThat(LunarDate.of(LocalDate.of(2100, 12, 31)).year()).isEqualTo(2100);
        assertThatIllegalArgumentException().isThrownBy(() -> LunarDate.of(LocalDate.of(1899, 12, 31)));
        assertThatIllegalArgumentException().isThrownBy(() -> LunarDate.of(LocalDate.of(2101, 1, 1)));
        assertThatIllegalArgumentException().isThrownBy(() -> new LunarDate(1, 1, 2101, false).toSolar());
        assertThatIllegalArgumentException().isThrownBy(() -> new LunarDate(31, 1, 2000, false));
        assertThatIllegalArgumentException().isThrownBy(() -> new LunarDate(1, 13, 2000, false));
    }

    @Test
    void yearNames() {
        assertThat(new LunarDate(1, 1, 2025, false).yearName()).isEqualTo("Ất Tỵ");
        assertThat(new LunarDate(1, 1, 2024, false).yearName()).isEqualTo("Giáp Thìn");
        assertThat(new LunarDate(1, 1, 1968, false).yearName()).isEqualTo("Mậu Thân");
    }

    /** Every day of the range, not a sample: the month-start search once returned day 0 near a 2054 new moon. */
    @Test
    void everyDayFrom1900To2100RoundTrips() {
        for (LocalDate d = LunarDate.MIN_SOLAR; !d.isAfter(LunarDate.MAX_SOLAR); d = d.plusDays(1)) {
            LunarDate lunar = LunarDate.of(d);
            if (!lunar.toSolar().equals(d)) {
                throw new AssertionError(d + " -> " + lunar + " -> " + lunar.toSolar());
            }
        }
    }
}
