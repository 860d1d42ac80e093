package vn.opendvc.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * The per-year table of announced days off and make-up working days, which overrides the holiday rules. Every
 * change is audited (who, when, before, after). Changes made on one node are seen by {@link WorkingCalendar} on the
 * others within {@code opendvc.calendar.announced-days-cache-ttl}.
 */
public interface AnnouncedDays {

    /** The entries of a solar year, by date. */
    List<AnnouncedDay> ofYear(int year);

    /** Adds or replaces the entry for {@code date}. */
    AnnouncedDay announce(LocalDate date, AnnouncedDay.Kind kind, String name, String changedBy);

    /** Removes the entry for {@code date}; {@code false} if there was none. */
    boolean withdraw(LocalDate date, String changedBy);

    /** The audit of a solar year's entries, newest first. */
    List<AnnouncedDayChange> changes(int year);
}
