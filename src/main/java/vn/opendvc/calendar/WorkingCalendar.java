package vn.opendvc.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Working days, working hours and legal deadlines, the way an officer has to defend a promised date.
 *
 * <h2>Working time</h2>
 * Working time is the union of the working periods (default 07:00–11:30 and 13:30–17:00, {@code Asia/Ho_Chi_Minh})
 * of the working days. A day is a working day unless it is a weekly rest day (default Saturday and Sunday) or a public
 * holiday (including a day off in lieu of a holiday that fell on a rest day); an entry of the announced-days table
 * ({@link AnnouncedDays}) overrides both, either way. One working day is the total length of the periods of a day
 * (default 8 h = 480 min); half a working day is half of that (default 240 min).
 *
 * <h2>Deadline of N working days</h2>
 * <ol>
 * <li><b>Counting start.</b> A dossier received on a working day at or before the cut-off (default 15:00) starts
 * counting at the moment it was received, moved forward to the next working period if it arrived before opening or
 * during the lunch break. A dossier received later than the cut-off, or on a day that is not a working day, starts
 * counting at the opening of the next working day (07:00).</li>
 * <li><b>Due.</b> The deadline is the instant at which N × (one working day) of working time has elapsed since the
 * counting start, pauses excluded. Because every working day has the same periods, a dossier received at 09:40 with
 * 3 working days is due at 09:40 on the third working day after; received after 15:00 with 1 day, it is due at
 * 17:00 on the next working day (the end of the day that counts as the first). When the working time runs out
 * exactly at the end of a period, the deadline is that end (11:30 or 17:00), never the start of the next period.
 * A deadline of 0 days is the counting start.</li>
 * <li><b>Pauses.</b> Working time inside a {@link Pause} does not count; counting resumes the moment the pause
 * ends (no new cut-off applies). A pause without an end counts as ending now (the {@link java.time.Clock}).</li>
 * <li><b>On time.</b> Finishing at or before the due instant is on time; the due instant itself is not late.</li>
 * </ol>
 * All instants are compared in the configured zone; the supported range is 1900–2100 and a deadline beyond it is an
 * {@link IllegalArgumentException}.
 */
public interface WorkingCalendar {

    ZoneId zone();

    /** The length of one working day (sum of the working periods). */
    Duration workingDayLength();

    boolean isWorkingDay(LocalDate date);

    /** The first working day strictly after {@code date}. */
    LocalDate nextWorkingDay(LocalDate date);

    /**
     * The public holidays and announced days off of a solar year, by date: the holidays of the Labour Code (also
     * those falling on a rest day), the days off in lieu of them, and the announced days off; rule days that the
     * announced table turns into working days are left out.
     */
    List<Holiday> holidays(int year);

    /** The announced make-up working days of a year that would otherwise not be working days (e.g. a Saturday). */
    List<AnnouncedDay> extraWorkingDays(int year);

    /** Where counting starts for something received at {@code received} (see the class description). */
    Instant countingStart(Instant received);

    /** The deadline of {@code days} working days for something received at {@code received}. */
    default Instant deadline(Instant received, WorkingDays days) {
        return deadline(received, days, List.of());
    }

    /** The deadline of {@code days} working days, with the working time inside {@code pauses} excluded. */
    Instant deadline(Instant received, WorkingDays days, List<Pause> pauses);

    /** Working time between two instants (zero if {@code to} is not after {@code from}), pauses excluded. */
    Duration workingTime(Instant from, Instant to, List<Pause> pauses);

    /** Where the deadline stands now (the {@link java.time.Clock}). */
    DeadlineStatus status(Instant received, WorkingDays days, List<Pause> pauses);

    /** Where the deadline stands at {@code at}; pauses still open count as ending at {@code at}. */
    DeadlineStatus status(Instant received, WorkingDays days, List<Pause> pauses, Instant at);

    /** Whether something finished at {@code finished} met its deadline (finished at or before due). */
    default boolean isOnTime(Instant received, WorkingDays days, List<Pause> pauses, Instant finished) {
        return !finished.isAfter(deadline(received, days,
                pauses.stream().map(p -> p.closedAt(finished)).toList()));
    }
}
