package vn.opendvc.monitoring.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.monitoring.IndicatorRecomputation;
import vn.opendvc.monitoring.Indicators.DossierPage;
import vn.opendvc.monitoring.Indicators.DossierQuery;
import vn.opendvc.monitoring.Indicators.Period;
import vn.opendvc.monitoring.Indicators;
import vn.opendvc.web.InvalidInput;
import vn.opendvc.web.Message;
import vn.opendvc.web.Problems;
import vn.opendvc.web.VietnamTime;
import vn.opendvc.web.PublicPaths;
import vn.opendvc.web.Translations;

/**
 * Indicators API. Scorecards hold only counts and rates, and are public like the open data; the dossiers behind a
 * figure are listed for MONITOR and ADMIN, and for a LEADER within the agency they lead.
 */
@RestController
@RequestMapping("/api/v1/indicators")
@Tag(name = "Chỉ số chất lượng phục vụ / Service-quality indicators")
class IndicatorApi {

    private final Indicators indicators;
    private final IndicatorRecomputation recomputation;
    private final IndicatorAccess access;
    private final Clock clock;
    private final Translations translations;

    IndicatorApi(Indicators indicators, IndicatorRecomputation recomputation, IndicatorAccess access, Clock clock,
            Translations translations) {
        this.indicators = indicators;
        this.recomputation = recomputation;
        this.access = access;
        this.clock = clock;
        this.translations = translations;
    }

    @GetMapping
    @Operation(summary = "Chỉ số của cơ quan (cộng dồn các đơn vị trực thuộc) và xếp hạng các đơn vị trực thuộc, "
            + "hoặc cả nước và các bộ, tỉnh / an agency's scorecard with everything under it (`agencies`) and the "
            + "ranking of the agencies directly under it (`children`, scores and group points); without `agency`, "
            + "the country (`country`) and the full scorecards of the top-level agencies (`agencies`); every row "
            + "carries `channels`, the dossiers submitted online, assisted (by an agent for a citizen), at the "
            + "counter and by post, and a full scorecard `onlineChannels`, those counted as online; the period "
            + "defaults to the year to date")
    Map<String, Object> scorecards(@RequestParam(required = false) String agency,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
        Period period = period(from, to);
        String code = agency == null || agency.isBlank() ? Indicators.COUNTRY : agency.trim();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("from", period.from());
        out.put("to", period.to());
        Indicators.Overview overview = indicators.overview(code, period);
        if (Indicators.COUNTRY.equals(code)) {
            out.put("country", IndicatorJson.of(overview.scorecard(), period, translations));
            out.put("agencies", json(overview.children(), period));
        } else {
            out.put("agencies", List.of(IndicatorJson.of(overview.scorecard(), period, translations)));
            out.put("children", overview.children().stream()
                    .map(c -> IndicatorJson.RankingRow.of(c, period, translations)).toList());
        }
        return out;
    }

    @GetMapping("/procedures")
    @Operation(summary = "Chỉ số theo thủ tục của một cơ quan / scorecards per procedure of an agency")
    Map<String, Object> byProcedure(@RequestParam(required = false) String agency,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
        Period period = period(from, to);
        String code = agency == null || agency.isBlank() ? Indicators.COUNTRY : agency.trim();
        return Map.of("from", period.from(), "to", period.to(), "agency", code, "procedures",
                indicators.byProcedure(code, period).stream()
                        .map(card -> IndicatorJson.ofProcedure(card, code, period, translations)).toList());
    }

    @GetMapping("/monthly")
    @Operation(summary = "Chỉ số theo tháng / scorecards per month (from, to as yyyy-MM; default the last 12 months)")
    Map<String, Object> monthly(@RequestParam(required = false) String agency,
            @RequestParam(required = false) YearMonth from, @RequestParam(required = false) YearMonth to) {
        YearMonth last = to != null ? to : YearMonth.now(clock.withZone(VietnamTime.ZONE));
        YearMonth first = from != null ? from : last.minusMonths(11);
        String code = agency == null || agency.isBlank() ? Indicators.COUNTRY : agency.trim();
        List<Map<String, Object>> months = indicators.monthly(code, first, last).stream()
                .map(m -> {
                    Map<String, Object> month = new LinkedHashMap<>();
                    month.put("month", m.month().toString());
                    month.put("scorecard", IndicatorJson.of(m.scorecard(), Period.of(m.month()), translations));
                    return month;
                }).toList();
        return Map.of("agency", code, "months", months);
    }

    @GetMapping("/dossiers")
    @Operation(summary = "Hồ sơ được đếm trong một chỉ số / the dossiers counted in a figure (MONITOR, ADMIN, "
            + "LEADER of the agency)", description = "page 0.." + DossierQuery.MAX_PAGE + ", size 1.."
            + DossierQuery.MAX_SIZE)
    DossierPage dossiers(@RequestParam String agency, @RequestParam String indicator, @RequestParam String part,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) Long procedure, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size, CurrentUser user) {
        DossierQuery query = new DossierQuery(agency, procedure, indicator, part, period(from, to), page, size);
        if (!access.mayDrillDown(user, agency)) {
            throw Problems.forbidden(Message.of("monitoring.problem.drill-down.forbidden"));
        }
        return indicators.dossiers(query);
    }

    @PostMapping("/recompute")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Tính lại toàn bộ chỉ số từ dữ liệu gốc / recompute every counter from the source tables "
            + "(ADMIN)")
    Map<String, Object> recompute() {
        return Map.of("dossiers", recomputation.recompute());
    }

    /** A period, month range, figure or part that does not exist is the caller's mistake: 400, never a 500. */
    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> invalid(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(translations.problem(Problems.problem(HttpStatus.BAD_REQUEST,
                "invalid-input", Message.of("problem.bad-parameter.title"), InvalidInput.reasonOf(e))));
    }

    private Period period(LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
        LocalDate end = to != null ? to : today;
        return new Period(from != null ? from : end.withDayOfYear(1), end);
    }

    private List<IndicatorJson> json(List<vn.opendvc.monitoring.Scorecard> cards, Period period) {
        return cards.stream().map(card -> IndicatorJson.of(card, period, translations)).toList();
    }

    @Configuration(proxyBeanMethods = false)
    static class Access {
        @Bean
        PublicPaths monitoringPublicPaths() {
            return PublicPaths.pages("/indicators", "/indicators/**")
                    .and(PublicPaths.apiReads("/api/v1/indicators", "/api/v1/indicators/procedures",
                            "/api/v1/indicators/monthly", "/api/v1/open-data/**"));
        }
    }
}
