package vn.opendvc.dossier;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that stands still until a test sets or moves it; shared by every thread of the application. */
public final class MovableClock extends Clock {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private volatile Instant now;

    public MovableClock(Instant start) {
        this.now = start;
    }

    /** Sets the clock to a wall-clock time in Vietnam, e.g. {@code "2026-11-23T09:30"}. */
    public Instant set(String vietnamLocalDateTime) {
        now = LocalDateTime.parse(vietnamLocalDateTime).atZone(VIETNAM).toInstant();
        return now;
    }

    public void set(Instant instant) {
        now = instant;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    public static Instant vietnam(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(VIETNAM).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
