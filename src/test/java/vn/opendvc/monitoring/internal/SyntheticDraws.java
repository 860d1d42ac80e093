package vn.opendvc.monitoring.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.SplittableRandom;

import vn.opendvc.web.VietnamTime;

/** The random draws and office times {@link SyntheticDossiers} builds its dossiers from. */
final class SyntheticDraws {

    private SyntheticDraws() {
    }

    /** An index drawn with the weights whose running sums are {@code cumulative}. */
    static int pick(double[] cumulative, SplittableRandom r) {
        double x = r.nextDouble() * cumulative[cumulative.length - 1];
        for (int i = 0; i < cumulative.length; i++) {
            if (x < cumulative[i]) {
                return i;
            }
        }
        return cumulative.length - 1;
    }

    /** An instant drawn evenly from {@code from} (included) to {@code to}, at least one second apart. */
    static Instant between(Instant from, Instant to, SplittableRandom r) {
        long span = Math.max(1, Duration.between(from, to).getSeconds());
        return from.plusSeconds(r.nextLong(span));
    }

    /** The same day between 7:30 and 17:00, moved to Monday from a Sunday (Saturday mornings are open). */
    static Instant officeHours(Instant at, SplittableRandom r) {
        ZonedDateTime local = at.atZone(VietnamTime.ZONE);
        LocalDate day = local.toLocalDate();
        if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        int minutes = day.getDayOfWeek() == DayOfWeek.SATURDAY ? 240 : 570;
        return day.atTime(LocalTime.of(7, 30).plusMinutes(r.nextInt(minutes))).atZone(VietnamTime.ZONE).toInstant();
    }

    /** The promised date: legal working days (Monday to Friday) after reception, at the end of the office day. */
    static Instant workingDaysAfter(Instant received, double days) {
        LocalDate day = received.atZone(VietnamTime.ZONE).toLocalDate();
        for (int left = (int) Math.ceil(days); left > 0; ) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return day.atTime(17, 0).atZone(VietnamTime.ZONE).toInstant();
    }
}
