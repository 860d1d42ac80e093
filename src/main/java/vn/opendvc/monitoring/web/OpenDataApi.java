package vn.opendvc.monitoring.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.opendvc.agency.Agency;
import vn.opendvc.agency.AgencyDirectory;
import vn.opendvc.monitoring.Indicators.MonthlyScorecard;
import vn.opendvc.monitoring.Indicators;
import vn.opendvc.monitoring.Scorecard;
import vn.opendvc.web.Message;
import vn.opendvc.web.Problems;
import vn.opendvc.web.PublicUrl;
import vn.opendvc.web.VietnamTime;

/**
 * Open data of the indicators, without login: one row per agency (and the whole country) per month with the counted
 * figures, the full-process rate, the score and the band, as CSV and JSON, and a DCAT-AP catalogue describing them.
 * Only agency codes and names, months and counts: no dossier code, name, identity number or phone number.
 * <p>
 * An agency's figures include those of every agency under it, as on the dashboard; the country rows count every
 * agency once.
 */
@RestController
@RequestMapping("/api/v1/open-data")
@Tag(name = "Dữ liệu mở / Open data")
class OpenDataApi {

    static final String CSV = "/api/v1/open-data/indicators.csv";
    static final String JSON = "/api/v1/open-data/indicators.json";
    static final String CATALOG = "/api/v1/open-data/catalog.jsonld";
    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final MediaType JSON_LD = new MediaType("application", "ld+json", StandardCharsets.UTF_8);
    static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";
    static final int MAX_MONTHS = 60;

    /** The counted figures, by the column they are published in and the metric they are counted under. */
    static final Map<String, String> COUNTS = counts();

    private static Map<String, String> counts() {
        Map<String, String> counts = new LinkedHashMap<>();
        counts.put("submitted", "submitted");
        counts.put("submitted_online", "submitted_online");
        counts.put("submitted_counter", "submitted_counter");
        counts.put("submitted_post", "submitted_post");
        counts.put("submitted_assisted", "submitted_assisted");
        counts.put("submitted_digitized", "submitted_digitized");
        counts.put("submitted_reusing_data", "submitted_reusing");
        counts.put("finished", "finished");
        counts.put("finished_done", "finished_done");
        counts.put("finished_not_received", "finished_not_received");
        counts.put("finished_stopped", "finished_stopped");
        counts.put("finished_withdrawn", "finished_withdrawn");
        counts.put("finished_with_due_date", "finished_with_due");
        counts.put("finished_on_time", "finished_on_time");
        counts.put("results_electronic", "result_electronic");
        counts.put("fee_due", "fee_due");
        counts.put("paid_online", "paid_online");
        // full process per channel: whether the assisted ones count in full_process_rate is the portal's rule,
        // named in the JSON's onlineChannels
        counts.put("full_process", "full_process");
        counts.put("full_process_assisted", "full_process_assisted");
        counts.put("ratings", "ratings");
        counts.put("complaints", "complaints");
        // feedback and petitions (feedback module): answers, on time, working minutes from submission to answer
        counts.put("feedback_answered", "feedback_answered");
        counts.put("feedback_answered_on_time", "feedback_answered_on_time");
        counts.put("feedback_answer_working_minutes", "feedback_answer_minutes");
        counts.put("catalog_procedures", "catalog_procedures");
        counts.put("catalog_complete", "catalog_complete");
        counts.put("catalog_full_process", "catalog_full_process");
        return counts;
    }

    /** Every column of a row, in order. */
    static final List<String> COLUMNS = columns();

    private static List<String> columns() {
        List<String> columns = new ArrayList<>(List.of("month", "agency_code", "agency_name", "agency_level",
                "parent_code"));
        columns.addAll(COUNTS.keySet());
        columns.addAll(List.of("rating_average", "feedback_on_time_rate", "feedback_average_answer_working_minutes",
                "full_process_rate", "online_share", "score", "band",
                "points_transparency", "points_progress", "points_online_services", "points_digitisation",
                "points_satisfaction"));
        return List.copyOf(columns);
    }

    private final Indicators indicators;
    private final AgencyDirectory agencies;
    private final Clock clock;
    private final OpenDataTexts texts;
    private final PublicUrl publicUrl;

    OpenDataApi(Indicators indicators, AgencyDirectory agencies, Clock clock, MessageSource messages,
            PublicUrl publicUrl) {
        this.publicUrl = publicUrl;
        this.indicators = indicators;
        this.agencies = agencies;
        this.clock = clock;
        this.texts = new OpenDataTexts(messages);
    }

    @GetMapping("/indicators.csv")
    @Operation(summary = "Chỉ số theo cơ quan và tháng, CSV (UTF-8 có BOM, RFC 4180) / indicators per agency and "
            + "month as CSV (UTF-8 with a byte order mark for spreadsheets, RFC 4180); from, to as yyyy-MM, "
            + "default the last 12 full months")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        Months months = months(from, to);
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, COLUMNS);
        for (Map<String, Object> row : rows(series(months))) {
            line(out, COLUMNS.stream().map(c -> cell(row.get(c))).toList());
        }
        return ResponseEntity.ok().contentType(TEXT_CSV).cacheControl(CACHE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"chi-so-phuc-vu-" + months.from() + "-"
                        + months.to() + ".csv\"")
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/indicators.json")
    @Operation(summary = "Chỉ số theo cơ quan và tháng, JSON / indicators per agency and month as JSON; from, to as "
            + "yyyy-MM, default the last 12 full months")
    ResponseEntity<Map<String, Object>> json(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        Months months = months(from, to);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("title", texts.slashed("monitoring.dcat.dataset.title"));
        out.put("license", LICENSE);
        out.put("from", months.from().toString());
        out.put("to", months.to().toString());
        out.put("note", texts.slashed("monitoring.openData.rows.note"));
        Map<String, List<MonthlyScorecard>> series = series(months);
        // the channels online_share and full_process_rate count as online (the portal's rule)
        out.put("onlineChannels", IndicatorJson.onlineChannels(series.get(Indicators.COUNTRY).getFirst()
                .scorecard().channels()));
        out.put("columns", COLUMNS);
        out.put("rows", rows(series));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).cacheControl(CACHE).body(out);
    }

    @GetMapping("/catalog.jsonld")
    @Operation(summary = "Danh mục dữ liệu mở DCAT-AP (JSON-LD) / DCAT-AP catalogue of the open data (JSON-LD)")
    ResponseEntity<Map<String, Object>> catalog() {
        // the configured address, not the request's Host header: the answer is publicly cached
        String base = publicUrl.base();
        Months months = months(null, null);
        return ResponseEntity.ok().contentType(JSON_LD).cacheControl(CACHE)
                .body(DcatCatalog.of(base, months.from().atDay(1), months.to().atEndOfMonth(), today(), texts));
    }

    private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private Map<String, List<MonthlyScorecard>> series(Months months) {
        return indicators.monthlyByAgency(months.from(), months.to());
    }

    /** The rows of every agency and the country, month by month, the country first and agencies parent first. */
    private List<Map<String, Object>> rows(Map<String, List<MonthlyScorecard>> series) {
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Agency> all = agencies.all();
        List<MonthlyScorecard> country = series.get(Indicators.COUNTRY);
        for (int m = 0; m < country.size(); m++) {
            rows.add(row(country.get(m), "VN", "Cả nước", "QG", null));
            for (Agency agency : all) {
                rows.add(row(series.get(agency.code()).get(m), agency.code(), agency.name(), agency.level(),
                        agency.parentCode()));
            }
        }
        return rows;
    }

    private static Map<String, Object> row(MonthlyScorecard monthly, String code, String name, String level,
            String parent) {
        Scorecard card = monthly.scorecard();
        Map<String, Long> totals = card.totals();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("month", monthly.month().toString());
        row.put("agency_code", code);
        row.put("agency_name", name);
        row.put("agency_level", level);
        row.put("parent_code", parent);
        COUNTS.forEach((column, metric) -> row.put(column, totals.getOrDefault(metric, 0L)));
        long ratings = totals.getOrDefault("ratings", 0L);
        // the rating score sum is kept in hundredths of a point (each rating's average × 100)
        row.put("rating_average", ratings == 0 ? null
                : Math.round(totals.getOrDefault("rating_score_sum", 0L) / (double) ratings) / 100.0);
        long answered = totals.getOrDefault("feedback_answered", 0L);
        row.put("feedback_on_time_rate", answered == 0 ? null
                : rounded(totals.getOrDefault("feedback_answered_on_time", 0L) / (double) answered));
        row.put("feedback_average_answer_working_minutes", answered == 0 ? null
                : Math.round(totals.getOrDefault("feedback_answer_minutes", 0L) / (double) answered));
        row.put("full_process_rate", rounded(card.fullProcessRate()));
        row.put("online_share", rounded(card.onlineShare()));
        row.put("score", card.score());
        row.put("band", card.band() == null ? null : card.band().name());
        for (Scorecard.Group group : card.groups()) {
            row.put("points_" + snake(group.key()), group.points());
        }
        return row;
    }

    private static String snake(String key) {
        return key.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private static Double rounded(Double rate) {
        return rate == null ? null : Math.round(rate * 10_000) / 10_000.0;
    }

    /** The months asked for, by default the last 12 full months; 400 problem details for anything else. */
    private Months months(String from, String to) {
        YearMonth current = YearMonth.from(today());
        YearMonth last = to == null || to.isBlank() ? current.minusMonths(1) : month("to", to);
        YearMonth first = from == null || from.isBlank() ? last.minusMonths(11) : month("from", from);
        if (last.isBefore(first)) {
            throw Problems.badRequest(Message.of("monitoring.problem.months.order"));
        }
        if (last.isAfter(current)) {
            throw Problems.badRequest(Message.of("monitoring.problem.months.future"));
        }
        if (first.plusMonths(MAX_MONTHS - 1).isBefore(last)) {
            throw Problems.badRequest(Message.of("monitoring.problem.months.max", MAX_MONTHS));
        }
        return new Months(first, last);
    }

    private static YearMonth month(String parameter, String value) {
        try {
            YearMonth month = YearMonth.parse(value.strip());
            if (month.getYear() < 2000) {
                throw new DateTimeParseException("year", value, 0);
            }
            return month;
        } catch (DateTimeParseException e) {
            throw Problems.badRequest(Message.of("monitoring.problem.month", parameter));
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(VietnamTime.ZONE));
    }

    record Months(YearMonth from, YearMonth to) {
    }

    /** One CSV record, RFC 4180: fields with a comma, a quote or a line break quoted, quotes doubled, CRLF. */
    static void line(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String field = fields.get(i);
            if (field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                    || field.indexOf('\r') >= 0) {
                out.append('"').append(field.replace("\"", "\"\"")).append('"');
            } else {
                out.append(field);
            }
        }
        out.append("\r\n");
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf(d.longValue()) : d.toString();
        }
        return value.toString();
    }
}
