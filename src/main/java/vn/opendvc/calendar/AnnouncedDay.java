package vn.opendvc.calendar;

import java.time.LocalDate;

/**
 * One entry of the per-year table of days announced by the government, which overrides the holiday rules for that
 * date: an extra day off (e.g. a bridge day, or Tết days chosen differently from the default) or a make-up working
 * day (e.g. a Saturday worked in exchange for a bridge day, or a rule-derived day off the announcement does not give).
 */
public record AnnouncedDay(LocalDate date, Kind kind, String name) {

    public enum Kind {
        /** Not a working day, whatever the rules say. */
        DAY_OFF,
        /** A full working day, whatever the rules say (also on a Saturday or Sunday). */
        WORKING_DAY
    }
}
