package vn.opendvc.calendar.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import vn.opendvc.calendar.LunarDate;
import vn.opendvc.calendar.WorkingCalendar;

/** The public year calendar: month grids with holidays, make-up working days and lunar dates. */
@Controller
class CalendarPage {

    private final WorkingCalendar calendar;
    private final MessageSource messages;
    private final Clock clock;

    CalendarPage(WorkingCalendar calendar, MessageSource messages, Clock clock) {
        this.calendar = calendar;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/calendar")
    String year(@RequestParam(required = false) Integer year, Model model, Locale locale) {
        LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
        int shown = year == null ? today.getYear() : year;
        if (shown < LunarDate.MIN_SOLAR.getYear() || shown > LunarDate.MAX_SOLAR.getYear()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "year out of range 1900–2100");
        }
        model.addAttribute("grid", YearGrid.of(shown, calendar, messages, locale, today));
        model.addAttribute("hasPrevious", shown > LunarDate.MIN_SOLAR.getYear());
        model.addAttribute("hasNext", shown < LunarDate.MAX_SOLAR.getYear());
        return "calendar/year";
    }
}
