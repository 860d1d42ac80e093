package vn.opendvc.workflow;

import java.time.Instant;
import java.util.List;

import vn.opendvc.calendar.Pause;
import vn.opendvc.calendar.WorkingCalendar;
import vn.opendvc.calendar.WorkingDays;

/**
 * The due time of every processing step of a dossier, from the procedure's legal processing time and the steps'
 * shares of it.
 *
 * <h2>Rule</h2>
 * Let {@code T} be the legal processing time as working time ({@code legalTime} × the length of a working day of the
 * {@link WorkingCalendar}, e.g. 10 days = 4,800 minutes) and {@code S(i)} the cumulative share of steps 1..i in percent.
 * Step i is due at the instant when {@code T × S(i) / 100}, rounded <b>down to the whole minute</b>, of working time
 * has elapsed since the dossier's counting start ({@link WorkingCalendar#countingStart}), with the working time inside
 * the pauses excluded — the same arithmetic as {@link WorkingCalendar#deadline}, but to the minute instead of to
 * the half day. Consequences:
 * <ul>
 * <li>Each due is computed from the counting start, never from the previous step's due, so rounding never
 * accumulates; a step whose cumulative share is 100 is due exactly at
 * {@code WorkingCalendar.deadline(received, legalTime, pauses)}, so the last step's due is the dossier's due.</li>
 * <li>A step with share 0 is due when the step before it is (the first one: at the counting start).</li>
 * <li>A pause (e.g. waiting for a supplement) moves every due after it by the working time it covers; dues before it
 * do not move. An ongoing pause counts as ending now, as in {@link WorkingCalendar#deadline}.</li>
 * <li>When the working time runs out exactly at the end of a working period, the due is that end (11:30 or 17:00).</li>
 * </ul>
 * Example (07:00–11:30, 13:30–17:00, Monday to Friday): received Monday 09:00, 10 working days, default shares
 * 10/60/20/10 → due Tuesday 09:00, Wednesday of the next week 09:00, Friday 09:00, and Monday 09:00 two weeks later.
 */
public interface StepSchedule {

    /**
     * The due of each step, in the order given.
     *
     * @param received  when the dossier was received (or its counting start: the counting start of a counting start is
     *                  itself)
     * @param legalTime the procedure's legal processing time
     * @param steps     the steps, e.g. {@link ProcessingSteps#of}; shares 0–100 adding up to exactly 100
     * @param pauses    stretches that do not count (supplement requests); may be empty
     * @throws IllegalArgumentException when there are no steps or the shares do not add up to 100
     */
    List<StepDue> schedule(Instant received, WorkingDays legalTime, List<ProcessingStep> steps, List<Pause> pauses);

    /** {@link #schedule(Instant, WorkingDays, List, List)} without pauses. */
    default List<StepDue> schedule(Instant received, WorkingDays legalTime, List<ProcessingStep> steps) {
        return schedule(received, legalTime, steps, List.of());
    }
}
