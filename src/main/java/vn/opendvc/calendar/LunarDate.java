package vn.opendvc.calendar;

import java.time.LocalDate;

import vn.opendvc.calendar.lunar.VietnameseLunarCalendar;
import vn.opendvc.web.InvalidInput;
import vn.opendvc.web.Message;

/**
 * A date of the Vietnamese lunisolar calendar (âm lịch), computed astronomically for the UTC+7 meridian.
 * It is <em>not</em> the Chinese calendar (UTC+8): the two differ in some years, e.g. Tết 1985 is 21 January in
 * Vietnam and 20 February in China, Tết 2007 is 17 vs 18 February, Tết 2030 is 2 vs 3 February.
 * <p>
 * Supported solar range: {@link #MIN_SOLAR} to {@link #MAX_SOLAR}; outside it the methods throw
 * {@link IllegalArgumentException}.
 *
 * @param day       day of the lunar month, 1–30
 * @param month     lunar month, 1–12 (a leap month carries the number of the month it follows)
 * @param year      the lunar year, numbered like the solar year in which it begins (Tết)
 * @param leapMonth whether the month is the leap month (tháng nhuận) of the year
 */
public record LunarDate(int day, int month, int year, boolean leapMonth) {

    public static final LocalDate MIN_SOLAR = LocalDate.of(1900, 1, 1);
    public static final LocalDate MAX_SOLAR = LocalDate.of(2100, 12, 31);

    private static final String[] STEMS = {"Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"};
    private static final String[] BRANCHES = {"Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu",
            "Tuất", "Hợi"};

    public LunarDate {
        if (day < 1 || day > 30 || month < 1 || month > 12) {
            throw new InvalidInput(leapMonth
                    ? Message.of("calendar.invalid.lunar-date.leap", day, month, year)
                    : Message.of("calendar.invalid.lunar-date", day, month, year));
        }
    }

    /** The lunar date of a solar date between 1900-01-01 and 2100-12-31. */
    public static LunarDate of(LocalDate solar) {
        return VietnameseLunarCalendar.toLunar(solar);
    }

    /**
     * The solar date of this lunar date.
     *
     * @throws IllegalArgumentException if this lunar date does not exist (a 30th in a 29-day month, a leap month
     *                                  the year does not have) or lies outside the supported range
     */
    public LocalDate toSolar() {
        return VietnameseLunarCalendar.toSolar(this);
    }

    /** The year's name in the sexagenary cycle, e.g. "Ất Tỵ" for 2025. */
    public String yearName() {
        return STEMS[Math.floorMod(year + 6, 10)] + " " + BRANCHES[Math.floorMod(year + 8, 12)];
    }

    @Override
    public String toString() {
        return day + "/" + month + (leapMonth ? "N" : "") + "/" + year;
    }
}
