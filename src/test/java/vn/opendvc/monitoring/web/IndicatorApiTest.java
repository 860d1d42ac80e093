package vn.opendvc.monitoring.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.opendvc.testing.DossierFixture.BIRTH;
import static vn.opendvc.testing.DossierFixture.HAI_CHAU;
import static vn.opendvc.testing.DossierFixture.pdf;
import static vn.opendvc.testing.DossierFixture.validForm;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import vn.opendvc.catalog.Procedure;
import vn.opendvc.dossier.Channel;
import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.DossierAction;
import vn.opendvc.dossier.Dossiers;
import vn.opendvc.result.Results;
import vn.opendvc.testing.ApplicationTest;
import vn.opendvc.testing.DossierFixture;
import vn.opendvc.testing.MovableClock;
import vn.opendvc.testing.OnMondayMorning;

/**
 * The indicators API as a leader, a journalist and an administrator use it: the issue's JSON shape, the dossiers
 * behind each figure (with "on time" measured without the supplement pause), who may list them, bad input, and a
 * full recomputation that changes nothing.
 */
@ApplicationTest
@OnMondayMorning
class IndicatorApiTest {

    @Autowired
    DossierFixture fixture;
    @Autowired
    Dossiers dossiers;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    static final String DAY = "2027-03-08";

    @Autowired
    Results results;

    JsonNode getJson(String uri, String bearer) throws Exception {
        return getJson(mvc, fixture, uri, bearer);
    }

    /** A 200 answer of the API, as JSON; {@code bearer} may be null. */
    static JsonNode getJson(MockMvc mvc, DossierFixture fixture, String uri, String bearer) throws Exception {
        var request = get(uri);
        if (bearer != null) {
            request.header(HttpHeaders.AUTHORIZATION, bearer);
        }
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).as(uri).isEqualTo(200);
        return fixture.body(result);
    }

    int status(String uri, String bearer) throws Exception {
        var request = get(uri);
        if (bearer != null) {
            request.header(HttpHeaders.AUTHORIZATION, bearer);
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    List<String> codes(String indicator, String part, String bearer) throws Exception {
        return codes(mvc, fixture, "from=2027-03-01&to=2027-03-31", indicator, part, bearer);
    }

    /** The codes of the dossiers listed behind a figure of Hải Châu in {@code period} ({@code from=…&to=…}). */
    static List<String> codes(MockMvc mvc, DossierFixture fixture, String period, String indicator, String part,
            String bearer) throws Exception {
        JsonNode page = getJson(mvc, fixture, "/api/v1/indicators/dossiers?agency=" + HAI_CHAU + "&indicator="
                + indicator + "&part=" + part + "&" + period + "&size=200", bearer);
        List<String> codes = new ArrayList<>();
        page.get("items").forEach(item -> codes.add(item.get("code").asString()));
        assertThat(page.get("total").asLong()).isEqualTo(codes.size());
        return codes;
    }

    /** A dossier delivered on DAY at {@code time}, once the indicators count it. */
    Dossier deliveredAndCounted(String time) throws Exception {
        clock.set(DAY + "T" + time);
        Dossier delivered = fixture.delivered("congdan1");
        String monitor = fixture.token("giamsat");
        await().atMost(Duration.ofSeconds(20)).until(() -> codes("fullProcess", "numerator", monitor)
                .contains(delivered.code()));
        return delivered;
    }

    /** Received, put at the specialist's step, then completed by the leader. */
    Dossier complete(long id) {
        fixture.act("chuyenvien1", id, DossierAction.FORWARD);
        return fixture.act("lanhdao1", id, DossierAction.COMPLETE);
    }

    @Test
    void theScorecardHasTheIssuesShapeAndLinksEveryFigureToItsDossiers() throws Exception {
        clock.set(DAY + "T09:00");
        Dossier delivered = fixture.delivered("congdan1");
        String monitor = fixture.token("giamsat");
        await().atMost(Duration.ofSeconds(20)).until(() -> codes("fullProcess", "numerator", monitor)
                .contains(delivered.code()));

        JsonNode body = getJson("/api/v1/indicators?agency=" + HAI_CHAU + "&from=2027-03-01&to=2027-03-31", null);
        assertThat(body.get("from").asString()).isEqualTo("2027-03-01");
        JsonNode agency = body.get("agencies").get(0);
        assertThat(agency.get("code").asString()).isEqualTo(HAI_CHAU);
        assertThat(agency.get("name").asString()).isEqualTo("Phường Hải Châu, thành phố Đà Nẵng");
        assertThat(agency.get("score").isNumber()).isTrue();
        assertThat(agency.get("band").asString()).isIn("EXCELLENT", "GOOD", "FAIR", "WEAK");
        assertThat(agency.get("fullProcessRate").asDouble()).isBetween(0.0, 1.0);
        assertThat(agency.get("fullProcess").get("numerator").asLong()).isPositive();
        assertThat(agency.get("fullProcess").get("target").asDouble()).isEqualTo(0.7);
        JsonNode groups = agency.get("groups");
        List<String> keys = new ArrayList<>();
        groups.forEach(g -> keys.add(g.get("key").asString()));
        assertThat(keys).containsExactly("transparency", "progress", "onlineServices", "digitisation", "satisfaction");
        double sum = 0;
        for (JsonNode group : groups) {
            sum += group.get("maxPoints").asDouble();
            for (JsonNode indicator : group.get("indicators")) {
                for (String field : List.of("key", "numerator", "denominator", "rate", "threshold", "points",
                        "maxPoints", "formula")) {
                    assertThat(indicator.has(field)).as(indicator.get("key") + "." + field).isTrue();
                }
            }
        }
        assertThat(sum).isEqualTo(100.0);
        JsonNode submittedOnline = groups.get(2).get("indicators").get(1);
        assertThat(submittedOnline.get("key").asString()).isEqualTo("submittedOnline");
        assertThat(submittedOnline.get("numerator").asLong()).isPositive();
        String link = submittedOnline.get("dossiers").get("numerator").asString();
        assertThat(link).startsWith("/api/v1/indicators/dossiers?agency=DNG-HAICHAU&indicator=submittedOnline");
        JsonNode listed = getJson(link + "&size=200", monitor);
        assertThat(listed.get("total").asLong()).isEqualTo(submittedOnline.get("numerator").asLong());
        assertThat(listed.toString()).contains(delivered.code()).doesNotContain("congdan1", "Nguyễn");

        JsonNode country = getJson("/api/v1/indicators?from=2027-03-01&to=2027-03-31", null);
        assertThat(country.get("country").get("code").asString()).isEqualTo("VN");
        assertThat(country.get("country").get("fullProcess").get("target").asDouble()).isEqualTo(0.8);
        assertThat(country.get("agencies").findValuesAsString("code")).contains("DNG", "HUE");
        JsonNode city = getJson("/api/v1/indicators?agency=DNG&from=2027-03-01&to=2027-03-31", null);
        assertThat(city.get("children").findValuesAsString("code")).contains(HAI_CHAU);
        JsonNode ward = city.get("children").findParents("code").stream()
                .filter(row -> row.get("code").asString().equals(HAI_CHAU)).findFirst().orElseThrow();
        assertThat(ward.get("score").asDouble()).isEqualTo(agency.get("score").asDouble());
        assertThat(ward.get("groupPoints").get("progress").asDouble())
                .isEqualTo(groups.get(1).get("points").asDouble());
        assertThat(ward.get("details").asString()).isEqualTo("/api/v1/indicators?agency=DNG-HAICHAU&from=2027-03-01"
                + "&to=2027-03-31");
        assertThat(city.get("agencies").get(0).get("fullProcess").get("numerator").asLong())
                .isGreaterThanOrEqualTo(agency.get("fullProcess").get("numerator").asLong());

        JsonNode procedures = getJson("/api/v1/indicators/procedures?agency=" + HAI_CHAU
                + "&from=2027-03-01&to=2027-03-31", null);
        assertThat(procedures.get("procedures").findValuesAsString("name")).contains("Thủ tục đăng ký khai sinh");
        JsonNode months = getJson("/api/v1/indicators/monthly?agency=" + HAI_CHAU + "&from=2027-01&to=2027-03", null);
        assertThat(months.get("months")).hasSize(3);
        assertThat(months.get("months").get(2).get("scorecard").get("online").get("numerator").asLong()).isPositive();
    }

    @Test
    void supplementTimeDoesNotMakeADossierLate() throws Exception {
        clock.set(DAY + "T09:00");
        long paused = fixture.act("motcua1", fixture.submitted().id(), DossierAction.RECEIVE).id();
        fixture.act("motcua1", paused, DossierAction.FORWARD);
        java.time.Instant firstDue = fixture.reload(paused).dueAt();
        long late = fixture.act("motcua1", fixture.submitted().id(), DossierAction.RECEIVE).id();
        fixture.act("motcua1", late, DossierAction.FORWARD);
        clock.set(DAY + "T10:00");
        fixture.act("chuyenvien1", paused, DossierAction.REQUEST_SUPPLEMENT, List.of("Giấy chứng sinh bản rõ nét"));
        clock.set("2027-03-12T10:00"); // four days later: after the first promised date
        fixture.act("congdan1", paused, DossierAction.RESUBMIT);
        Dossier pausedDone = complete(paused);
        Dossier lateDone = complete(late);
        assertThat(pausedDone.finishedAt()).isAfter(firstDue);
        assertThat(lateDone.finishedAt()).isAfter(lateDone.dueAt());

        String leader = fixture.token("lanhdao1");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(codes("onTime", "numerator", leader)).contains(pausedDone.code())
                    .doesNotContain(lateDone.code());
            assertThat(codes("onTime", "late", leader)).contains(lateDone.code()).doesNotContain(pausedDone.code());
            assertThat(codes("satisfaction", "late", leader)).contains(lateDone.code());
        });
    }

    @Test
    void scannedAndReusedDocumentsCountInTheDigitisationGroup() throws Exception {
        clock.set(DAY + "T15:30");
        var receiver = fixture.user("motcua1");
        Procedure birth = fixture.procedure(BIRTH);
        Dossier paper = dossiers.submit(receiver, dossiers.createDraft(receiver, new Dossiers.NewDossier(birth.id(),
                HAI_CHAU, validForm(birth), Channel.COUNTER, "Lê Văn Giấy", "0905111333")).id());
        long scannedDraft = dossiers.createDraft(receiver, new Dossiers.NewDossier(birth.id(), HAI_CHAU,
                validForm(birth), Channel.COUNTER, "Lê Văn Quét", "0905111444")).id();
        dossiers.attach(receiver, scannedDraft, birth.documents().getFirst().name(),
                new Dossiers.Upload("scan.pdf", pdf()));
        Dossier scanned = dossiers.submit(receiver, scannedDraft);

        Dossier done = fixture.done("congdan1");
        long issued = results.documents(fixture.user("congdan1").accountId()).stream()
                .filter(e -> e.verificationId() != null).findFirst().orElseThrow().id();
        Dossier draft = fixture.draft("congdan1", BIRTH);
        dossiers.attachFromStore(fixture.user("congdan1"), draft.id(), birth.documents().get(1).name(), issued);
        Dossier reusing = dossiers.submit(fixture.user("congdan1"), draft.id());

        String monitor = fixture.token("giamsat");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(codes("digitizedDossiers", "numerator", monitor))
                    .contains(scanned.code(), reusing.code(), done.code()).doesNotContain(paper.code());
            assertThat(codes("digitizedDossiers", "denominator", monitor)).contains(paper.code());
            assertThat(codes("reusedData", "numerator", monitor)).contains(reusing.code())
                    .doesNotContain(scanned.code(), paper.code(), done.code());
        });
    }

    @Test
    void theDossiersBehindAFigureAreForMonitorsAdministratorsAndTheAgencysLeadersOnly() throws Exception {
        String uri = "/api/v1/indicators/dossiers?indicator=onTime&part=denominator&from=2027-03-01&to=2027-03-31"
                + "&agency=";
        assertThat(status(uri + HAI_CHAU, null)).isEqualTo(401);
        assertThat(status(uri + HAI_CHAU, fixture.token("congdan1"))).isEqualTo(403);
        assertThat(status(uri + HAI_CHAU, fixture.token("motcua1"))).isEqualTo(403);
        assertThat(status(uri + HAI_CHAU, fixture.token("lanhdao1"))).isEqualTo(200);
        assertThat(status(uri + "DNG-SONTRA", fixture.token("lanhdao1"))).isEqualTo(403);
        assertThat(status(uri + "DNG", fixture.token("lanhdao1"))).isEqualTo(403);
        assertThat(status(uri + "DNG", fixture.token("giamsat"))).isEqualTo(200);
        assertThat(status(uri + "VN", fixture.token("quantri"))).isEqualTo(200);
    }

    @Test
    void badInputIsAProblemNeverAServerError() throws Exception {
        for (String uri : List.of("/api/v1/indicators?from=2027-03-31&to=2027-03-01",
                "/api/v1/indicators?from=31/03/2027", "/api/v1/indicators?from=2000-01-01&to=2027-01-01",
                "/api/v1/indicators/monthly?from=2027-13", "/api/v1/indicators/monthly?from=2027-05&to=2027-01")) {
            MvcResult result = mvc.perform(get(uri)).andReturn();
            assertThat(result.getResponse().getStatus()).as(uri).isEqualTo(400);
            assertThat(result.getResponse().getContentType()).as(uri).startsWith("application/problem+json");
        }
        assertThat(status("/api/v1/indicators?agency=NOWHERE", null)).isEqualTo(404);
        String monitor = fixture.token("giamsat");
        assertThat(status("/api/v1/indicators/dossiers?agency=DNG&indicator=speed&part=numerator", monitor))
                .isEqualTo(400);
        assertThat(status("/api/v1/indicators/dossiers?agency=DNG&indicator=onTime&part=numerator&size=5000",
                monitor)).isEqualTo(400);
    }

    @Test
    void aFullRecomputationIsForAdministratorsAndAgreesWithTheCountersKeptFromEvents() throws Exception {
        assertThat(mvc.perform(post("/api/v1/indicators/recompute").with(csrf())
                .header(HttpHeaders.AUTHORIZATION, fixture.token("giamsat"))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        String admin = fixture.token("quantri");
        recompute(admin); // whatever earlier tests left, the counters now match the source tables

        clock.set(DAY + "T14:00");
        Dossier delivered = fixture.delivered("congdan1");
        Dossier refused = fixture.act("motcua1", fixture.submitted().id(), DossierAction.REFUSE);
        Dossier withdrawn = fixture.act("congdan2", fixture.submitted("congdan2").id(), DossierAction.WITHDRAW);
        String monitor = fixture.token("giamsat");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(codes("fullProcess", "numerator", monitor)).contains(delivered.code());
            assertThat(codes("fullProcess", "denominator", monitor)).contains(refused.code(), withdrawn.code());
        });
        List<String> incremental = counters();
        int dossiers = recompute(admin);
        assertThat(dossiers).isPositive();
        assertThat(counters()).isEqualTo(incremental);
    }

    int recompute(String admin) throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/indicators/recompute").with(csrf())
                .header(HttpHeaders.AUTHORIZATION, admin)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return fixture.body(result).get("dossiers").asInt();
    }

    /** Every counter row of every grain, in a stable order. */
    List<String> counters() {
        List<String> rows = new ArrayList<>();
        rows.addAll(jdbc.sql("""
                select agency_code || '|' || procedure_id || '|' || on_day || '|' || metric || '|' || counted
                from indicator_counter where counted <> 0 order by 1""").query(String.class).list());
        rows.addAll(jdbc.sql("""
                select agency_code || '|' || on_day || '|' || metric || '|' || counted
                from indicator_agency_day where counted <> 0 order by 1""").query(String.class).list());
        rows.addAll(jdbc.sql("""
                select agency_code || '|' || in_month || '|' || metric || '|' || counted
                from indicator_agency_month where counted <> 0 order by 1""").query(String.class).list());
        return rows;
    }

    @Test
    void eachScoreComesWithItsFormulaOverThePointsThatApply() throws Exception {
        deliveredAndCounted("11:00");

        JsonNode body = getJson("/api/v1/indicators?agency=DNG&from=2027-03-01&to=2027-03-31", null);
        JsonNode agency = body.get("agencies").get(0);
        double[] numbers = scoreFormulaNumbers(agency.get("scoreFormula").asString());
        double earned = 0;
        double applicable = 0;
        for (JsonNode group : agency.get("groups")) {
            for (JsonNode indicator : group.get("indicators")) {
                if (!indicator.get("points").isNull()) {
                    earned += indicator.get("points").asDouble();
                    applicable += indicator.get("maxPoints").asDouble();
                }
            }
        }
        assertThat(numbers[0]).isEqualTo(Math.round(earned * 100) / 100.0);
        assertThat(numbers[1]).isEqualTo(applicable);
        assertThat(numbers[2]).isEqualTo(agency.get("score").asDouble());
        assertThat(agency.get("scoreFormula").asString()).startsWith("tổng điểm = điểm đạt ÷ điểm các chỉ tiêu");
        // the ranking rows carry their own formula, with their own score
        JsonNode haiChau = null;
        for (JsonNode row : body.get("children")) {
            if (row.get("code").asString().equals(HAI_CHAU)) {
                haiChau = row;
            }
        }
        assertThat(haiChau).isNotNull();
        assertThat(scoreFormulaNumbers(haiChau.get("scoreFormula").asString())[2])
                .isEqualTo(haiChau.get("score").asDouble());
    }

    @Test
    void namesAndFormulasAreInTheLanguageOfTheRequest() throws Exception {
        deliveredAndCounted("16:30");
        Map<String, String> vietnameseBands = Map.of("EXCELLENT", "Xuất sắc", "GOOD", "Tốt", "FAIR", "Khá",
                "WEAK", "Yếu");
        Map<String, String> englishBands = Map.of("EXCELLENT", "Excellent", "GOOD", "Good", "FAIR", "Fair",
                "WEAK", "Weak");
        String uri = "/api/v1/indicators?agency=DNG&from=2027-03-01&to=2027-03-31";

        JsonNode vietnamese = getJson(uri, null);
        JsonNode city = vietnamese.get("agencies").get(0);
        assertThat(city.get("bandName").asString()).isEqualTo(vietnameseBands.get(city.get("band").asString()));
        assertThat(city.get("groups").get(2).get("name").asString()).isEqualTo("Dịch vụ công trực tuyến");

        MvcResult result = mvc.perform(get(uri).header(HttpHeaders.ACCEPT_LANGUAGE, "en")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        JsonNode english = fixture.body(result);
        city = english.get("agencies").get(0);
        assertThat(city.get("bandName").asString()).isEqualTo(englishBands.get(city.get("band").asString()));
        List<String> rankingBands = new ArrayList<>();
        for (JsonNode row : english.get("children")) {
            if (!row.get("band").isNull()) { // an agency with no dossier counted has no band
                assertThat(row.get("bandName").asString()).isEqualTo(englishBands.get(row.get("band").asString()));
                rankingBands.add(row.get("bandName").asString());
            }
        }
        assertThat(rankingBands).isNotEmpty();
        JsonNode online = city.get("groups").get(2);
        assertThat(online.get("name").asString()).isEqualTo("Online public services");
        assertThat(online.get("indicators").get(1).get("name").asString()).isEqualTo("Dossiers submitted online");
        assertThat(online.get("indicators").get(1).get("formula").asString()).startsWith("min(rate / ")
                .contains("; rate = dossiers submitted online (including through a public-service agent) ÷ dossiers "
                        + "submitted = ");
        assertThat(city.get("scoreFormula").asString())
                .startsWith("total score = points earned ÷ points of the indicators that apply × 100 = ");
        assertThat(city.get("online").get("formula").asString())
                .startsWith("dossiers submitted online (including through a public-service agent) ÷ dossiers "
                        + "submitted = ");
    }

    /** The three numbers of a total's formula: points earned, points applicable, score. */
    static double[] scoreFormulaNumbers(String formula) {
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("= ([0-9.]+) ÷ ([0-9.]+) × 100 = ([0-9.]+)").matcher(formula);
        assertThat(m.find()).as(formula).isTrue();
        return new double[] { Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
                Double.parseDouble(m.group(3)) };
    }
}
