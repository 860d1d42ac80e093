package vn.opendvc.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/**
 * Instants as people in Vietnam read them (in {@link VietnamTime#ZONE}); templates call it as
 * {@code ${@displayTime.dateTime(instant)}}.
 */
@Component("displayTime")
public class DisplayTime {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(VietnamTime.ZONE));
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(VietnamTime.ZONE));
    }

    /** The value of an HTML {@code datetime-local} input. */
    public String input(Instant instant) {
        return instant == null ? "" : INPUT.format(instant.atZone(VietnamTime.ZONE));
    }
}
