package vn.opendvc.calendar;

import java.math.BigDecimal;

import vn.opendvc.web.InvalidInput;
import vn.opendvc.web.Message;

/**
 * A legal processing time in working days, in steps of half a day (0.5 = a morning or an afternoon's worth: half of
 * a working day's minutes). Never negative; at most {@value #MAX_DAYS} days.
 *
 * @param halves the number of half working days
 */
public record WorkingDays(int halves) {

    public static final int MAX_DAYS = 1000;

    public WorkingDays {
        if (halves < 0 || halves > MAX_DAYS * 2) {
            throw new InvalidInput(Message.of("calendar.invalid.working-days.range", MAX_DAYS));
        }
    }

    public static WorkingDays of(int days) {
        return new WorkingDays(Math.multiplyExact(days, 2));
    }

    /** {@code 2}, {@code 2.5}, {@code 0.5}; anything that is not a non-negative multiple of 0.5 is rejected. */
    public static WorkingDays of(BigDecimal days) {
        BigDecimal doubled = days.multiply(BigDecimal.TWO);
        if (days.signum() < 0 || doubled.stripTrailingZeros().scale() > 0) {
            throw new InvalidInput(Message.of("calendar.invalid.working-days.half", days.toPlainString()));
        }
        if (doubled.compareTo(BigDecimal.valueOf(MAX_DAYS * 2L)) > 0) {
            throw new InvalidInput(Message.of("calendar.invalid.working-days.range", MAX_DAYS));
        }
        return new WorkingDays(doubled.intValueExact());
    }

    /** Parses {@code "3"} or {@code "1.5"} (a comma is accepted as the decimal separator). */
    public static WorkingDays parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput(Message.of("calendar.invalid.working-days.missing"));
        }
        try {
            return of(new BigDecimal(text.trim().replace(',', '.')));
        } catch (NumberFormatException e) {
            throw new InvalidInput(Message.of("calendar.invalid.working-days.number", text));
        }
    }

    public BigDecimal days() {
        return BigDecimal.valueOf(halves).divide(BigDecimal.TWO).stripTrailingZeros();
    }

    @Override
    public String toString() {
        return days().toPlainString();
    }
}
