package vn.opendvc.calendar;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One audited change of the announced-days table.
 *
 * @param action   {@code ANNOUNCED} (new entry), {@code CHANGED} or {@code WITHDRAWN}
 * @param before   the entry before the change, or {@code null}
 * @param after    the entry after the change, or {@code null}
 * @param changedBy the account name of who made it
 */
public record AnnouncedDayChange(long id, LocalDate date, String action, AnnouncedDay before, AnnouncedDay after,
        String changedBy, Instant changedAt) {
}
