package vn.opendvc.audit.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.opendvc.audit.internal.AuditEntry;
import vn.opendvc.audit.internal.AuditSearch;

/**
 * The audit log page for ADMIN and MONITOR, filtered by kind, actor, subject and period. It lives under
 * {@code /monitor} because only ADMIN may enter {@code /admin/**}.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'MONITOR')")
class AuditPage {

    static final String PATH = "/monitor/audit";
    private static final int MAX_FILTER = 200;

    private final AuditSearch search;

    AuditPage(AuditSearch search) {
        this.search = search;
    }

    @GetMapping(PATH)
    String page(@RequestParam(required = false) String kind, @RequestParam(required = false) String actor,
            @RequestParam(required = false) String subject, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) Long before, Model model) {
        String k = bounded(kind);
        String a = bounded(actor);
        String s = bounded(subject);
        LocalDate f = day(from);
        LocalDate t = day(to);
        List<AuditEntry> entries = search.find(k, a, s, f, t, before);
        model.addAttribute("entries", entries);
        model.addAttribute("kinds", search.kinds());
        model.addAttribute("kind", k);
        model.addAttribute("actor", a);
        model.addAttribute("subject", s);
        model.addAttribute("from", f);
        model.addAttribute("to", t);
        model.addAttribute("next", entries.size() == AuditSearch.PAGE ? entries.getLast().seq() : null);
        return "audit/log";
    }

    private static String bounded(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String value = text.strip();
        return value.length() <= MAX_FILTER ? value : value.substring(0, MAX_FILTER);
    }

    private static LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
