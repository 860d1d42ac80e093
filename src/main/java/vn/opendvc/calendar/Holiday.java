package vn.opendvc.calendar;

import java.time.LocalDate;

/**
 * A public holiday or announced day off.
 *
 * @param date  the day
 * @param name  Vietnamese name, e.g. "Giỗ Tổ Hùng Vương" or "Nghỉ bù Giỗ Tổ Hùng Vương"
 * @param kind  which holiday of the Labour Code it is, or {@link Kind#ANNOUNCED} for a day off from the announced table
 * @param inLieu whether this is the day off given in lieu of a holiday that fell on a weekly rest day
 */
public record Holiday(LocalDate date, String name, Kind kind, boolean inLieu) {

    public enum Kind {
        NEW_YEAR, LUNAR_NEW_YEAR, HUNG_KINGS, REUNIFICATION, LABOUR_DAY, NATIONAL_DAY, ANNOUNCED
    }
}
