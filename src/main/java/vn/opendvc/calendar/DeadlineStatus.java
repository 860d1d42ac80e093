package vn.opendvc.calendar;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * Where a deadline stands at one instant.
 *
 * @param due              the deadline (with open pauses counted as ending at {@code at})
 * @param at               the instant the status is for
 * @param remaining        working time left until {@code due}; negative (the working time past it) when overdue
 * @param remainingDays    {@code remaining} in working days, rounded down to 0.01
 * @param state            {@link State#ON_TRACK}, {@link State#DUE_SOON} or {@link State#OVERDUE}
 * @param paused           whether a pause covers {@code at} (the clock does not run)
 */
public record DeadlineStatus(Instant due, Instant at, Duration remaining, BigDecimal remainingDays, State state,
        boolean paused) {

    public enum State {
        /** More than the due-soon threshold of working time is left. */
        ON_TRACK,
        /** Not late yet, but at most {@code opendvc.calendar.due-soon-working-days} of working time is left. */
        DUE_SOON,
        /** {@code at} is after {@code due}. */
        OVERDUE
    }
}
