package vn.opendvc.calendar.lunar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.opendvc.calendar.LunarDate;
import vn.opendvc.web.InvalidInput;
import vn.opendvc.web.Message;

/**
 * Hồ Ngọc Đức's conversion between the solar (Gregorian) and the Vietnamese lunar calendar: new moons and the sun's
 * longitude after Jean Meeus ("Astronomical Algorithms"), days counted at the UTC+7 meridian. A lunar month starts on
 * the day (UTC+7) of a new moon; month 11 is the month containing the winter solstice; a year with 13 months between
 * two months 11 gets a leap month, the first month after month 11 that contains no major solar term.
 */
public final class VietnameseLunarCalendar {

    /** Vietnam's meridian: the calendar counts days in UTC+7. */
    static final double TIME_ZONE = 7.0;

    private static final long EPOCH_JDN = 2440588; // Julian day number of 1970-01-01
    private static final double SYNODIC_MONTH = 29.530588853;
    private static final double NEW_MOON_1900 = 2415021.076998695;

    private VietnameseLunarCalendar() {
    }

    public static LunarDate toLunar(LocalDate solar) {
        requireInRange(solar);
        long dayNumber = solar.toEpochDay() + EPOCH_JDN;
        // The month starts on the day of the last new moon on or before the date. The mean-month estimate of k
        // can be one lunation off near a new moon (e.g. in 2054), so step until it is exact.
        int k = (int) Math.floor((dayNumber - NEW_MOON_1900) / SYNODIC_MONTH);
        while (newMoonDay(k + 1) <= dayNumber) {
            k++;
        }
        while (newMoonDay(k) > dayNumber) {
            k--;
        }
        long monthStart = newMoonDay(k);
        long a11 = lunarMonth11(solar.getYear());
        long b11 = a11;
        int lunarYear;
        if (a11 >= monthStart) {
            lunarYear = solar.getYear();
            a11 = lunarMonth11(solar.getYear() - 1);
        } else {
            lunarYear = solar.getYear() + 1;
            b11 = lunarMonth11(solar.getYear() + 1);
        }
        int lunarDay = (int) (dayNumber - monthStart + 1);
        int diff = (int) Math.floor((monthStart - a11) / 29.0);
        boolean leap = false;
        int lunarMonth = diff + 11;
        if (b11 - a11 > 365) {
            int leapMonthDiff = leapMonthOffset(a11);
            if (diff >= leapMonthDiff) {
                lunarMonth = diff + 10;
                leap = diff == leapMonthDiff;
            }
        }
        if (lunarMonth > 12) {
            lunarMonth -= 12;
        }
        if (lunarMonth >= 11 && diff < 4) {
            lunarYear -= 1;
        }
        return new LunarDate(lunarDay, lunarMonth, lunarYear, leap);
    }

    public static LocalDate toSolar(LunarDate lunar) {
        if (lunar.year() < MIN_SOLAR_YEAR - 1 || lunar.year() > MAX_SOLAR_YEAR) {
            throw outOfRange(lunar);
        }
        long a11;
        long b11;
        if (lunar.month() < 11) {
            a11 = lunarMonth11(lunar.year() - 1);
            b11 = lunarMonth11(lunar.year());
        } else {
            a11 = lunarMonth11(lunar.year());
            b11 = lunarMonth11(lunar.year() + 1);
        }
        int k = (int) Math.floor(0.5 + (a11 - NEW_MOON_1900) / SYNODIC_MONTH);
        int off = lunar.month() - 11;
        if (off < 0) {
            off += 12;
        }
        if (b11 - a11 > 365) {
            int leapOff = leapMonthOffset(a11);
            int leapMonth = leapOff - 2;
            if (leapMonth < 0) {
                leapMonth += 12;
            }
            if (lunar.leapMonth() && lunar.month() != leapMonth) {
                throw doesNotExist(lunar);
            }
            if (lunar.leapMonth() || off >= leapOff) {
                off += 1;
            }
        } else if (lunar.leapMonth()) {
            throw doesNotExist(lunar);
        }
        long monthStart = newMoonDay(k + off);
        LocalDate solar = LocalDate.ofEpochDay(monthStart + lunar.day() - 1 - EPOCH_JDN);
        if (solar.isBefore(LunarDate.MIN_SOLAR) || solar.isAfter(LunarDate.MAX_SOLAR)) {
            throw outOfRange(lunar);
        }
        // A 30th in a 29-day month lands on the 1st of the next month: it does not exist.
        if (!toLunar(solar).equals(lunar)) {
            throw doesNotExist(lunar);
        }
        return solar;
    }

    /**
     * The months of a lunar year in order (12, or 13 with the leap month after the month it repeats), each with
     * its first solar day and its length. Computed from {@link #toLunar} alone.
     */
    public static List<LunarMonth> monthsOf(int lunarYear) {
        LocalDate first = toSolar(new LunarDate(1, 1, lunarYear, false));
        List<LunarMonth> months = new ArrayList<>(13);
        LocalDate start = first;
        while (true) {
            LunarDate head = toLunar(start);
            if (head.year() != lunarYear) {
                return months;
            }
            LocalDate next = start.plusDays(29);
            if (next.isAfter(LunarDate.MAX_SOLAR)) {
                return months;
            }
            if (toLunar(next).day() != 1) {
                next = start.plusDays(30);
            }
            months.add(new LunarMonth(head.month(), head.leapMonth(), start, (int) (next.toEpochDay() - start.toEpochDay())));
            start = next;
        }
    }

    /** One month of a lunar year. */
    public record LunarMonth(int month, boolean leap, LocalDate firstDay, int length) {
    }

    private static final int MIN_SOLAR_YEAR = LunarDate.MIN_SOLAR.getYear();
    private static final int MAX_SOLAR_YEAR = LunarDate.MAX_SOLAR.getYear();

    private static void requireInRange(LocalDate solar) {
        if (solar.isBefore(LunarDate.MIN_SOLAR) || solar.isAfter(LunarDate.MAX_SOLAR)) {
            throw new InvalidInput(Message.of("calendar.invalid.date.range", solar));
        }
    }

    private static IllegalArgumentException outOfRange(LunarDate lunar) {
        return new InvalidInput(Message.of("calendar.invalid.lunar-date.range", lunar));
    }

    private static IllegalArgumentException doesNotExist(LunarDate lunar) {
        return new InvalidInput(Message.of("calendar.invalid.lunar-date.missing", lunar));
    }

    /** Julian day number (at UTC+7) of the k-th new moon after the one of 1900-01-01 (Meeus, ch. 49, abridged). */
    static long newMoonDay(int k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double dr = Math.PI / 180;
        double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
        jd1 += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
        double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * dr) + 0.0021 * Math.sin(2 * dr * m);
        c1 = c1 - 0.4068 * Math.sin(mpr * dr) + 0.0161 * Math.sin(dr * 2 * mpr);
        c1 = c1 - 0.0004 * Math.sin(dr * 3 * mpr);
        c1 = c1 + 0.0104 * Math.sin(dr * 2 * f) - 0.0051 * Math.sin(dr * (m + mpr));
        c1 = c1 - 0.0074 * Math.sin(dr * (m - mpr)) + 0.0004 * Math.sin(dr * (2 * f + m));
        c1 = c1 - 0.0004 * Math.sin(dr * (2 * f - m)) - 0.0006 * Math.sin(dr * (2 * f + mpr));
        c1 = c1 + 0.0010 * Math.sin(dr * (2 * f - mpr)) + 0.0005 * Math.sin(dr * (2 * mpr + m));
        double deltaT;
        if (t < -11) {
            deltaT = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3;
        } else {
            deltaT = -0.000278 + 0.000265 * t + 0.000262 * t2;
        }
        double jdNew = jd1 + c1 - deltaT;
        return (long) Math.floor(jdNew + 0.5 + TIME_ZONE / 24);
    }

    /** The sun's longitude at the start of day {@code jdn} (UTC+7), as one of 12 sectors of 30° (0 = 0°–30°). */
    static int sunLongitudeSector(long jdn) {
        double t = (jdn - 2451545.5 - TIME_ZONE / 24) / 36525;
        double t2 = t * t;
        double dr = Math.PI / 180;
        double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(dr * m);
        dl = dl + (0.019993 - 0.000101 * t) * Math.sin(dr * 2 * m) + 0.000290 * Math.sin(dr * 3 * m);
        double l = (l0 + dl) * dr;
        l = l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
        return (int) Math.floor(l / Math.PI * 6);
    }

    /** Day number of the start of lunar month 11 (the month of the winter solstice) of solar year {@code year}. */
    static long lunarMonth11(int year) {
        long off = LocalDate.of(year, 12, 31).toEpochDay() + EPOCH_JDN - 2415021;
        int k = (int) Math.floor(off / SYNODIC_MONTH);
        long nm = newMoonDay(k);
        if (sunLongitudeSector(nm) >= 9) {
            nm = newMoonDay(k - 1);
        }
        return nm;
    }

    /** Which month after month 11 (starting at {@code a11}) is the leap month: the first without a major term. */
    static int leapMonthOffset(long a11) {
        int k = (int) Math.floor((a11 - NEW_MOON_1900) / SYNODIC_MONTH + 0.5);
        int i = 1;
        int arc = sunLongitudeSector(newMoonDay(k + i));
        int last;
        do {
            last = arc;
            i++;
            arc = sunLongitudeSector(newMoonDay(k + i));
        } while (arc != last && i < 14);
        return i - 1;
    }
}
