package vn.opendvc.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Primary;

/**
 * The clock of the whole application under test, shared by every thread. It tells the system time until a test sets
 * it; from then on it stands still until the test sets or moves it again, and {@link OnMondayMorning} hands it back
 * to the system time after each test. Being in every test context (see {@link ApplicationTest}) rather than only in
 * the dossier tests' one lets those tests share the application context with all the others.
 */
@TestComponent
@Primary
public final class MovableClock extends Clock {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** The instant the clock stands still at, or {@code null} while it follows the system time. */
    private volatile Instant now;

    /** Sets the clock to a wall-clock time in Vietnam, e.g. {@code "2026-11-23T09:30"}. */
    public Instant set(String vietnamLocalDateTime) {
        now = vietnam(vietnamLocalDateTime);
        return now;
    }

    public void set(Instant instant) {
        now = instant;
    }

    public void advance(Duration duration) {
        now = instant().plus(duration);
    }

    /** Back to telling the system time. */
    public void followSystemTime() {
        now = null;
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
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant fixed = now;
        return fixed != null ? fixed : Instant.now();
    }
}
