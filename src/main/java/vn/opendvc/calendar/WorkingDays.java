package vn.opendvc.calendar;

import java.math.BigDecimal;

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
            throw new IllegalArgumentException("Số ngày làm việc phải từ 0 đến " + MAX_DAYS
                    + " / working days must be between 0 and " + MAX_DAYS);
        }
    }

    public static WorkingDays of(int days) {
        return new WorkingDays(Math.multiplyExact(days, 2));
    }

    /** {@code 2}, {@code 2.5}, {@code 0.5}; anything that is not a non-negative multiple of 0.5 is rejected. */
    public static WorkingDays of(BigDecimal days) {
        BigDecimal doubled = days.multiply(BigDecimal.TWO);
        if (days.signum() < 0 || doubled.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("Số ngày làm việc phải là bội số không âm của 0,5: " + days.toPlainString()
                    + " / working days must be a non-negative multiple of 0.5");
        }
        if (doubled.compareTo(BigDecimal.valueOf(MAX_DAYS * 2L)) > 0) {
            throw new IllegalArgumentException("Số ngày làm việc phải từ 0 đến " + MAX_DAYS
                    + " / working days must be between 0 and " + MAX_DAYS);
        }
        return new WorkingDays(doubled.intValueExact());
    }

    /** Parses {@code "3"} or {@code "1.5"} (a comma is accepted as the decimal separator). */
    public static WorkingDays parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Thiếu số ngày làm việc / working days missing");
        }
        try {
            return of(new BigDecimal(text.trim().replace(',', '.')));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Số ngày làm việc không hợp lệ: '" + text + "' / not a number");
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
