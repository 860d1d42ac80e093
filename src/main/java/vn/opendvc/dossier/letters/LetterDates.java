package vn.opendvc.dossier.letters;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import vn.opendvc.web.VietnamTime;

/** How instants read on a letter, in {@code Asia/Ho_Chi_Minh}. */
final class LetterDates {

    private static final DateTimeFormatter TIME_AND_DATE = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    private LetterDates() {
    }

    /**
     * The place and date line, "Đà Nẵng, ngày 05 tháng 02 năm 2026": days below 10 and the months January and
     * February take a leading zero, as the rules on administrative documents (Decree 30/2020) require.
     */
    static String placeAndDate(String place, Instant instant) {
        ZonedDateTime local = instant.atZone(VietnamTime.ZONE);
        int month = local.getMonthValue();
        return "%s, ngày %02d tháng %s năm %d".formatted(place, local.getDayOfMonth(),
                month <= 2 ? "0" + month : String.valueOf(month), local.getYear());
    }

    /** "09:30 ngày 20/11/2026". */
    static String timeAndDate(Instant instant) {
        return TIME_AND_DATE.format(instant.atZone(VietnamTime.ZONE));
    }
}
