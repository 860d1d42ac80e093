package vn.opendvc.calendar.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.opendvc.calendar.AnnouncedDay;
import vn.opendvc.calendar.AnnouncedDays;
import vn.opendvc.calendar.LunarDate;
import vn.opendvc.calendar.WorkingCalendar;
import vn.opendvc.web.InvalidInput;
import vn.opendvc.web.Message;

/** ADMIN edits the per-year table of announced days off and make-up working days; every change is audited. */
@Controller
@RequestMapping("/admin/calendar")
@PreAuthorize("hasRole('ADMIN')")
class AdminCalendarPage {

    private final AnnouncedDays announced;
    private final WorkingCalendar calendar;
    private final MessageSource messages;
    private final Clock clock;

    AdminCalendarPage(AnnouncedDays announced, WorkingCalendar calendar, MessageSource messages, Clock clock) {
        this.announced = announced;
        this.calendar = calendar;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String table(@RequestParam(required = false) Integer year, Model model, Locale locale) {
        int shown = year == null ? LocalDate.now(clock.withZone(calendar.zone())).getYear() : year;
        if (shown < LunarDate.MIN_SOLAR.getYear() || shown > LunarDate.MAX_SOLAR.getYear()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "year out of range 1900–2100");
        }
        model.addAttribute("year", shown);
        model.addAttribute("days", announced.ofYear(shown));
        model.addAttribute("changes", announced.changes(shown));
        model.addAttribute("holidays", calendar.holidays(shown).stream()
                .map(h -> new YearGrid.Entry(h.date(), YearGrid.label(h, messages, locale))).toList());
        model.addAttribute("kinds", AnnouncedDay.Kind.values());
        model.addAttribute("zone", calendar.zone());
        return "calendar/admin";
    }

    @PostMapping("/days")
    String announce(@RequestParam String date, @RequestParam String kind, @RequestParam String name,
            Authentication authentication, RedirectAttributes redirect) {
        LocalDate day;
        try {
            day = LocalDate.parse(date.trim());
            announced.announce(day, AnnouncedDay.Kind.valueOf(kind), name, authentication.getName());
        } catch (DateTimeParseException | IllegalArgumentException e) {
            redirect.addFlashAttribute("error", e instanceof IllegalArgumentException invalid
                    ? InvalidInput.reasonOf(invalid) : Message.of("calendar.invalid.date.format", date));
            return "redirect:/admin/calendar" + yearOf(date);
        }
        redirect.addFlashAttribute("saved", day);
        return "redirect:/admin/calendar?year=" + day.getYear();
    }

    @PostMapping("/days/{date}/withdraw")
    String withdraw(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Authentication authentication,
            RedirectAttributes redirect) {
        if (announced.withdraw(date, authentication.getName())) {
            redirect.addFlashAttribute("withdrawn", date);
        }
        return "redirect:/admin/calendar?year=" + date.getYear();
    }

    private static String yearOf(String date) {
        try {
            return "?year=" + LocalDate.parse(date.trim()).getYear();
        } catch (DateTimeParseException e) {
            return "";
        }
    }
}
