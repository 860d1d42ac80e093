package vn.opendvc.calendar;

import java.time.Instant;
import java.util.Objects;

import vn.opendvc.web.InvalidInput;
import vn.opendvc.web.Message;

/**
 * A stretch of time that does not count towards a deadline, e.g. while a supplement (bổ sung) is awaited.
 * Exactly the working time inside {@code [from, to)} is excluded.
 *
 * @param from when the pause began
 * @param to   when it ended, or {@code null} while it goes on (it then counts as ending "now")
 */
public record Pause(Instant from, Instant to) {

    public Pause {
        Objects.requireNonNull(from, "from");
        if (to != null && to.isBefore(from)) {
            throw new InvalidInput(Message.of("calendar.invalid.pause"));
        }
    }

    public static Pause ongoing(Instant from) {
        return new Pause(from, null);
    }

    public boolean isOngoing() {
        return to == null;
    }

    /** This pause with an open end closed at {@code now}. */
    public Pause closedAt(Instant now) {
        if (to != null) {
            return this;
        }
        return new Pause(from, now.isBefore(from) ? from : now);
    }
}
