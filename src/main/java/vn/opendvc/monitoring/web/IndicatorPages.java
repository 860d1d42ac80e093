package vn.opendvc.monitoring.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

import tools.jackson.databind.json.JsonMapper;
import vn.opendvc.catalog.ProcedureCatalog;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.monitoring.Indicators;
import vn.opendvc.monitoring.Indicators.DossierPage;
import vn.opendvc.monitoring.Indicators.DossierQuery;
import vn.opendvc.monitoring.Indicators.MonthlyScorecard;
import vn.opendvc.monitoring.Indicators.Period;
import vn.opendvc.monitoring.Scorecard;
import vn.opendvc.web.VietnamTime;

/**
 * The service-quality dashboard ({@code /indicators}): the headline full-process rate against its targets, the
 * total score and band, the five groups, the ranking of the agencies under the one shown and the monthly trend,
 * for everyone. MONITOR and ADMIN everywhere, and a LEADER within their own agency, also see every indicator with
 * its formula and the dossiers behind each figure ({@code /indicators/dossiers}, refused to anyone else).
 */
@Controller
class IndicatorPages {

    static final String PATH = "/indicators";
    static final int DOSSIERS_PER_PAGE = 50;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    /** The two headline figures and the parts their dossiers can be listed by. */
    static final Map<String, List<String>> HEADLINES = Map.of(
            "fullProcess", List.of("numerator", "denominator"),
            "online", List.of("numerator", "denominator"));

    private final Indicators indicators;
    private final IndicatorAccess access;
    private final ProcedureCatalog catalog;
    private final MessageSource messages;
    private final JsonMapper json;
    private final Clock clock;

    IndicatorPages(Indicators indicators, IndicatorAccess access, ProcedureCatalog catalog, MessageSource messages,
            JsonMapper json, Clock clock) {
        this.indicators = indicators;
        this.access = access;
        this.catalog = catalog;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping(PATH)
    String dashboard(@RequestParam(required = false) String agency, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Optional<CurrentUser> user, Locale locale, Model model) {
        String scope = scope(agency);
        PeriodInput input = PeriodInput.parse(from, to, today(), messages, locale);
        Period period = input.period();
        Indicators.Overview overview = indicators.overview(scope, period);
        Scorecard card = overview.scorecard();
        List<Scorecard> ranking = overview.children();
        YearMonth last = YearMonth.from(period.to());
        List<MonthlyScorecard> months = indicators.monthly(scope, last.minusMonths(11), last);
        double target = target(scope);

        common(model, scope, input, user, locale);
        model.addAttribute("card", card);
        model.addAttribute("target", target);
        model.addAttribute("met", met(card, target));
        model.addAttribute("ranking", ranking);
        model.addAttribute("agencyTarget", IndicatorJson.AGENCY_TARGET);
        model.addAttribute("months", months);
        model.addAttribute("monthLabels", months.stream().map(m -> MONTH.format(m.month())).toList());
        model.addAttribute("groupChart", groupChart(card, locale));
        model.addAttribute("trendChart", trendChart(months, target, locale));
        model.addAttribute("myAgency", user.filter(u -> u.agencyCode() != null && access.mayDrillDown(u,
                u.agencyCode())).map(CurrentUser::agencyCode).filter(code -> !code.equals(scope)).orElse(null));
        return "monitoring/dashboard";
    }

    @GetMapping(PATH + "/procedures")
    String procedures(@RequestParam(required = false) String agency, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Optional<CurrentUser> user, Locale locale, Model model) {
        String scope = scope(agency);
        PeriodInput input = PeriodInput.parse(from, to, today(), messages, locale);
        common(model, scope, input, user, locale);
        model.addAttribute("card", indicators.scorecard(scope, input.period()));
        model.addAttribute("procedures", indicators.byProcedure(scope, input.period()));
        model.addAttribute("agencyTarget", IndicatorJson.AGENCY_TARGET);
        return "monitoring/procedures";
    }

    /** The dossiers counted in one part of one figure: MONITOR, ADMIN, or a LEADER of the agency or above it. */
    @GetMapping(PATH + "/dossiers")
    String dossiers(@RequestParam String agency, @RequestParam String indicator, @RequestParam String part,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String procedure, @RequestParam(defaultValue = "0") String page,
            CurrentUser user, Locale locale, Model model) {
        String scope = agency.isBlank() ? Indicators.COUNTRY : agency.strip();
        if (!access.mayDrillDown(user, scope)) {
            // 403 for a signed-in user: the link is hidden from them, and the list is refused all the same.
            throw new AccessDeniedException("not allowed to list the dossiers of " + scope);
        }
        scope(scope);
        PeriodInput input = PeriodInput.parse(from, to, today(), messages, locale);
        if (!input.errors().isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, String.join("; ", input.errors().values()));
        }
        Long procedureId = procedure == null || procedure.isBlank() ? null : number(procedure);
        long pageAsked = number(page);
        if (pageAsked < 0 || pageAsked > DossierQuery.MAX_PAGE) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "page");
        }
        int pageNumber = (int) pageAsked;
        Scorecard card = indicators.scorecard(scope, input.period());
        Figure figure = figure(card, indicator, part, locale);
        DossierPage dossiers = indicators.dossiers(new DossierQuery(scope, procedureId, indicator, part,
                input.period(), pageNumber, DOSSIERS_PER_PAGE));

        common(model, scope, input, Optional.of(user), locale);
        model.addAttribute("figure", figure);
        model.addAttribute("procedureId", procedureId);
        model.addAttribute("procedureName", procedureId == null ? null
                : catalog.find(procedureId).map(p -> p.name()).orElse("#" + procedureId));
        model.addAttribute("dossiers", dossiers);
        model.addAttribute("pages", (dossiers.total() + DOSSIERS_PER_PAGE - 1) / DOSSIERS_PER_PAGE);
        model.addAttribute("previous", pageNumber > 0 ? link(scope, indicator, part, input.period(), procedureId,
                pageNumber - 1) : null);
        model.addAttribute("next", (long) (pageNumber + 1) * DOSSIERS_PER_PAGE < dossiers.total()
                ? link(scope, indicator, part, input.period(), procedureId, pageNumber + 1) : null);
        return "monitoring/dossiers";
    }

    /** What the templates of every indicator page share. */
    private void common(Model model, String scope, PeriodInput input, Optional<CurrentUser> user, Locale locale) {
        model.addAttribute("scope", scope);
        model.addAttribute("scopeName", Indicators.COUNTRY.equals(scope)
                ? messages.getMessage("monitoring.country", null, locale)
                : access.find(scope).map(a -> a.name()).orElse(scope));
        model.addAttribute("country", Indicators.COUNTRY.equals(scope));
        model.addAttribute("trail", access.trail(scope));
        model.addAttribute("period", input.period());
        model.addAttribute("fromInput", input.from());
        model.addAttribute("toInput", input.to());
        model.addAttribute("errors", input.errors());
        model.addAttribute("drill", access.mayDrillDown(user, scope));
        model.addAttribute("links", new Links(scope, input.period()));
    }

    /** The name and labels of a figure whose dossiers are listed, or 400 when the figure has no such list. */
    private Figure figure(Scorecard card, String indicator, String part, Locale locale) {
        if (HEADLINES.containsKey(indicator)) {
            if (!HEADLINES.get(indicator).contains(part)) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "part");
            }
            Scorecard.Ratio ratio = "fullProcess".equals(indicator) ? card.fullProcess() : card.online();
            String name = messages.getMessage("monitoring.headline." + indicator, null,
                    locale);
            String label = messages.getMessage(ratio.label(part), locale);
            return new Figure(indicator, name, part, label,
                    "numerator".equals(part) ? ratio.numerator() : "denominator".equals(part) ? ratio.denominator()
                            : null);
        }
        for (Scorecard.Group group : card.groups()) {
            for (Scorecard.Indicator i : group.indicators()) {
                if (i.key().equals(indicator) && i.dossierParts().contains(part)) {
                    return new Figure(indicator, messages.getMessage(i.name(), locale), part,
                            messages.getMessage(i.partLabel(part), locale),
                            "numerator".equals(part) ? Long.valueOf(i.numerator())
                                    : "denominator".equals(part) ? Long.valueOf(i.denominator()) : null);
                }
            }
        }
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "indicator");
    }

    /** The country, or an agency that exists (404 otherwise). */
    private String scope(String agency) {
        if (agency == null || agency.isBlank() || Indicators.COUNTRY.equals(agency.strip())) {
            return Indicators.COUNTRY;
        }
        String code = agency.strip();
        if (access.find(code).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "agency");
        }
        return code;
    }

    private static long number(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "number");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(VietnamTime.ZONE));
    }

    /** The national target for the country (80%), the per-agency target otherwise (70%). */
    static double target(String scope) {
        return Indicators.COUNTRY.equals(scope) ? IndicatorJson.NATIONAL_TARGET : IndicatorJson.AGENCY_TARGET;
    }

    /** Whether the full-process rate meets its target; {@code null} when no dossier finished. */
    static Boolean met(Scorecard card, double target) {
        Double rate = card.fullProcessRate();
        return rate == null ? null : rate >= target;
    }

    private String groupChart(Scorecard card, Locale locale) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("labels", card.groups().stream().map(g -> messages.getMessage(g.name(), locale)).toList());
        chart.put("points", card.groups().stream().map(g -> g.points() == null ? 0 : g.points()).toList());
        chart.put("max", card.groups().stream().map(Scorecard.Group::maxPoints).toList());
        chart.put("pointsLabel", messages.getMessage("monitoring.groups.points", null, locale));
        chart.put("maxLabel", messages.getMessage("monitoring.groups.max", null, locale));
        return json.writeValueAsString(chart);
    }

    private String trendChart(List<MonthlyScorecard> months, double target, Locale locale) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("labels", months.stream().map(m -> MONTH.format(m.month())).toList());
        chart.put("score", months.stream().map(m -> m.scorecard().score()).toList());
        chart.put("fullProcess", months.stream().map(m -> percent(m.scorecard().fullProcessRate())).toList());
        chart.put("online", months.stream().map(m -> percent(m.scorecard().onlineShare())).toList());
        chart.put("target", target * 100);
        chart.put("scoreLabel", messages.getMessage("monitoring.trend.score", null, locale));
        chart.put("fullProcessLabel", messages.getMessage("monitoring.trend.fullProcess", null, locale));
        chart.put("onlineLabel", messages.getMessage("monitoring.trend.online", null, locale));
        chart.put("targetLabel", messages.getMessage("monitoring.trend.target", null, locale));
        return json.writeValueAsString(chart);
    }

    private static Double percent(Double rate) {
        return rate == null ? null : Math.round(rate * 1000) / 10.0;
    }

    private static String link(String agency, String indicator, String part, Period period, Long procedure,
            int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(PATH + "/dossiers").queryParam("agency", agency)
                .queryParam("indicator", indicator).queryParam("part", part).queryParam("from", period.from())
                .queryParam("to", period.to());
        if (procedure != null) {
            uri.queryParam("procedure", procedure);
        }
        if (page > 0) {
            uri.queryParam("page", page);
        }
        return uri.encode().toUriString();
    }

    /** A figure whose dossiers are listed; {@code counted} is what the scorecard counted, when it is one number. */
    public record Figure(String indicator, String name, String part, String partLabel, Long counted) {
    }

    /** Links of the indicator pages for one scope and period, for the templates. */
    public record Links(String scope, Period period) {

        public String agency(String code) {
            return page(PATH, code);
        }

        public String procedures(String code) {
            return page(PATH + "/procedures", code);
        }

        public String dossiers(String indicator, String part) {
            return link(scope, indicator, part, period, null, 0);
        }

        public String dossiers(String indicator, String part, String procedureId) {
            return link(scope, indicator, part, period, Long.valueOf(procedureId), 0);
        }

        private String page(String path, String code) {
            UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
            if (!Indicators.COUNTRY.equals(code)) {
                uri.queryParam("agency", code);
            }
            return uri.queryParam("from", period.from()).queryParam("to", period.to()).encode().toUriString();
        }
    }

    /**
     * The period asked for: the dates as typed (to show them again), the period shown and a message per field that
     * could not be read. A period that cannot be read falls back to the year to date.
     */
    record PeriodInput(String from, String to, Period period, Map<String, String> errors) {

        static PeriodInput parse(String from, String to, LocalDate today, MessageSource messages, Locale locale) {
            Map<String, String> errors = new LinkedHashMap<>();
            LocalDate start = date("from", from, errors, messages, locale);
            LocalDate end = date("to", to, errors, messages, locale);
            LocalDate shownEnd = end != null ? end : today;
            LocalDate shownStart = start != null ? start : shownEnd.withDayOfYear(1);
            if (errors.isEmpty()) {
                if (shownEnd.isBefore(shownStart)) {
                    errors.put("to", messages.getMessage("monitoring.period.toBeforeFrom", null, locale));
                } else if (shownStart.plusDays(Period.MAX_DAYS).isBefore(shownEnd)) {
                    errors.put("from", messages.getMessage("monitoring.period.tooLong", null, locale));
                }
            }
            if (!errors.isEmpty()) {
                shownEnd = today;
                shownStart = today.withDayOfYear(1);
            }
            return new PeriodInput(from == null || from.isBlank() ? shownStart.toString() : from.strip(),
                    to == null || to.isBlank() ? shownEnd.toString() : to.strip(), new Period(shownStart, shownEnd),
                    errors);
        }

        private static LocalDate date(String field, String value, Map<String, String> errors,
                MessageSource messages, Locale locale) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                LocalDate date = LocalDate.parse(value.strip());
                if (date.getYear() < 2000 || date.getYear() > 2100) {
                    errors.put(field, messages.getMessage("monitoring.period.outOfRange", null, locale));
                    return null;
                }
                return date;
            } catch (DateTimeParseException e) {
                errors.put(field, messages.getMessage("monitoring.period.invalid", null, locale));
                return null;
            }
        }
    }
}
