package vn.opendvc.monitoring.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static vn.opendvc.testing.DossierFixture.HAI_CHAU;
import static vn.opendvc.testing.DossierFixture.MONDAY_MORNING;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.Dossiers;
import vn.opendvc.monitoring.Indicators;
import vn.opendvc.monitoring.Indicators.Period;
import vn.opendvc.monitoring.Scorecard;
import vn.opendvc.testing.ApplicationTest;
import vn.opendvc.testing.DossierFixture;
import vn.opendvc.testing.MovableClock;
import vn.opendvc.testing.OnMondayMorning;
import vn.opendvc.testing.Sessions;

/**
 * The dashboard: a summary for everyone, every indicator with its formula and the dossiers counted for MONITOR,
 * ADMIN and a LEADER within their own agency, enforced on the server.
 */
@ApplicationTest
@OnMondayMorning
class IndicatorPagesTest {

    @Autowired
    DossierFixture fixture;
    @Autowired
    MovableClock clock;
    @Autowired
    MockMvc mvc;

    /** A Wednesday no other test works on, so the dossiers of that day are this class's own. */
    static final String WEDNESDAY = "2026-10-14T09:30";
    static final LocalDate DAY = LocalDate.of(2026, 10, 14);
    static final String OTHER_AGENCY = "DNG-SOTUPHAP";

    @Autowired
    Indicators indicators;
    @Autowired
    MessageSource messages;

    /** What a default (Vietnamese) page shows for a band or a formula. */
    private String vietnamese(MessageSourceResolvable message) {
        return messages.getMessage(message, Locale.forLanguageTag("vi"));
    }

    private String page(MockHttpServletRequestBuilder request, int status) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).as("status of %s", result.getRequest().getRequestURI())
                .isEqualTo(status);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** Waits until the country has a total score and a band this year (a dossier counted); the year to date. */
    private Period countryRated() {
        Period yearToDate = new Period(LocalDate.parse(MONDAY_MORNING.substring(0, 10)).withDayOfYear(1),
                LocalDate.parse(MONDAY_MORNING.substring(0, 10)));
        fixture.submitted(); // a dossier counted this year, so that the country has a total score
        await().atMost(Duration.ofSeconds(20))
                .until(() -> indicators.scorecard(Indicators.COUNTRY, yearToDate).band() != null);
        return yearToDate;
    }

    @Test
    void thePublicSeesTheHeadlineScoreGroupsRankingAndTrendButNoDossierLists() throws Exception {
        Period yearToDate = countryRated();
        String html = page(get("/indicators"), 200);
        Scorecard country = indicators.scorecard(Indicators.COUNTRY, yearToDate);

        assertThat(html).contains("Tỷ lệ hồ sơ trực tuyến toàn trình", "data-testid=\"full-process-rate\"",
                "Mục tiêu quốc gia: 80%", "data-testid=\"score\"", "data-testid=\"band\"",
                "data-testid=\"groups-chart\"", "data-testid=\"groups-table\"", "data-testid=\"ranking\"",
                "data-testid=\"trend-chart\"", "data-testid=\"trend-table\"", "/webjars/chart.js/", "/dist/chart.umd.js",
                "Xếp hạng các bộ, ngành, địa phương", "Dịch vụ công trực tuyến");
        assertThat(country.band()).isNotNull();
        assertThat(html).contains("data-testid=\"band\">" + vietnamese(country.band()) + "<");
        // the top-level agencies are ranked, each a link one level down
        assertThat(html).contains("data-agency=\"DNG\"", "href=\"/indicators?agency=DNG&amp;from=");
        // no formula, no dossier list: those are for the officers who monitor
        assertThat(html).doesNotContain("dossier-link", "/indicators/dossiers", "data-testid=\"formula\"",
                "data-testid=\"indicator-details\"");
        assertThat(html).contains("data-testid=\"public-note\"");

        MvcResult anonymous = mvc.perform(get("/indicators/dossiers").param("agency", HAI_CHAU)
                .param("indicator", "fullProcess").param("part", "numerator")).andReturn();
        assertThat(anonymous.getResponse().getStatus()).isEqualTo(302);
        assertThat(anonymous.getResponse().getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void aMonitorSeesEveryIndicatorWithItsFormulaAndTheDossiersCounted() throws Exception {
        clock.set(WEDNESDAY);
        Dossier delivered = fixture.delivered("congdan1");
        Period day = new Period(DAY, DAY);
        await().atMost(Duration.ofSeconds(30)).until(() -> indicators.dossiers(new Indicators.DossierQuery(HAI_CHAU,
                null, "fullProcess", "numerator", day, 0, 200)).items().stream()
                .anyMatch(d -> d.id() == delivered.id()));

        MockHttpSession monitor = Sessions.signIn(mvc, "giamsat");
        String html = page(get("/indicators").param("agency", HAI_CHAU).param("from", DAY.toString())
                .param("to", DAY.toString()).session(monitor), 200);
        assertThat(html).contains("data-testid=\"indicator-details\"", "Công thức", "min(tỷ lệ / ",
                "tỷ lệ = hồ sơ nộp trực tuyến (kể cả qua đại lý dịch vụ công) ÷ hồ sơ đã nộp = ",
                "href=\"/indicators/dossiers?agency=DNG-HAICHAU&amp;indicator=fullProcess&amp;part=numerator&amp;from=2026-10-14&amp;to=2026-10-14\"",
                "href=\"/indicators/dossiers?agency=DNG-HAICHAU&amp;indicator=onTime&amp;part=late&amp;from=2026-10-14&amp;to=2026-10-14\"");
        Scorecard card = indicators.scorecard(HAI_CHAU, day);
        assertThat(card.fullProcess().numerator()).isPositive();
        assertThat(html).contains("data-indicator=\"submittedOnline\"", "data-indicator=\"satisfaction\"");

        String list = page(get("/indicators/dossiers").param("agency", HAI_CHAU).param("indicator", "fullProcess")
                .param("part", "numerator").param("from", DAY.toString()).param("to", DAY.toString())
                .session(monitor), 200);
        assertThat(list).contains(delivered.code(), "Trực tuyến",
                "hồ sơ nộp trực tuyến (kể cả qua đại lý dịch vụ công), thanh toán trực tuyến (nếu có phí) và "
                        + "đã trả kết quả điện tử");
        assertThat(list).contains("data-testid=\"total\">" + card.fullProcess().numerator() + "<");
        // the dossiers behind a figure carry no personal data either
        assertThat(list).doesNotContain(delivered.applicantName(), "0905123456");

        String procedures = page(get("/indicators/procedures").param("agency", HAI_CHAU)
                .param("from", DAY.toString()).param("to", DAY.toString()).session(monitor), 200);
        assertThat(procedures).contains(delivered.procedureName(),
                "procedure=" + delivered.procedureId(), "data-testid=\"indicator-details\"");
    }

    @Test
    void aLeaderDrillsDownInTheirOwnAgencyOnlyAndIsRefusedElsewhere() throws Exception {
        MockHttpSession leader = Sessions.signIn(mvc, "lanhdao1");
        String own = page(get("/indicators/dossiers").param("agency", HAI_CHAU).param("indicator", "onTime")
                .param("part", "denominator").session(leader), 200);
        assertThat(own).contains("data-testid=\"total\"");

        page(get("/indicators/dossiers").param("agency", OTHER_AGENCY).param("indicator", "onTime")
                .param("part", "denominator").session(leader), 403);
        page(get("/indicators/dossiers").param("agency", "DNG").param("indicator", "fullProcess")
                .param("part", "numerator").session(leader), 403);
        page(get("/indicators/dossiers").param("agency", Indicators.COUNTRY).param("indicator", "fullProcess")
                .param("part", "numerator").session(leader), 403);

        assertThat(page(get("/indicators").param("agency", HAI_CHAU).session(leader), 200))
                .contains("dossier-link", "data-testid=\"formula\"");
        assertThat(page(get("/indicators").param("agency", OTHER_AGENCY).session(leader), 200))
                .doesNotContain("dossier-link", "/indicators/dossiers", "data-testid=\"formula\"");
        // a citizen is refused as well, whatever the agency
        page(get("/indicators/dossiers").param("agency", HAI_CHAU).param("indicator", "onTime")
                .param("part", "denominator").session(Sessions.signIn(mvc, "congdan1")), 403);
    }

    @Test
    void badDatesAreReportedNextToTheirFieldNeverAsAnError() throws Exception {
        String html = page(get("/indicators").param("from", "2026-02-30").param("to", "hôm qua"), 200);
        assertThat(html).contains("data-testid=\"from-error\"", "data-testid=\"to-error\"", "Ngày không hợp lệ",
                "value=\"hôm qua\"", "aria-invalid=\"true\"");
        String reversed = page(get("/indicators").param("from", "2026-06-01").param("to", "2026-01-01"), 200);
        assertThat(reversed).contains("data-testid=\"to-error\"", "Ngày kết thúc phải sau ngày bắt đầu");
        page(get("/indicators").param("agency", "KHONG-CO"), 404);

        MockHttpSession monitor = Sessions.signIn(mvc, "giamsat");
        page(get("/indicators/dossiers").param("agency", HAI_CHAU).param("indicator", "onTime")
                .param("part", "everything").session(monitor), 400);
        page(get("/indicators/dossiers").param("agency", HAI_CHAU).param("indicator", "onTime")
                .param("part", "numerator").param("from", "31/12/2026").session(monitor), 400);
    }

    @Test
    void theDashboardSpeaksEnglishOnRequest() throws Exception {
        String html = page(get("/indicators").param("lang", "en"), 200);
        assertThat(html).contains("Service quality indicators: Whole country", "Dossiers handled fully online",
                "National target: 80%", "The five indicator groups", "Online public services");
    }

    @Test
    void theBandIsNamedInTheLanguageOfThePage() throws Exception {
        countryRated();

        assertThat(band(page(get("/indicators"), 200))).isIn("Xuất sắc", "Tốt", "Khá", "Yếu");
        assertThat(band(page(get("/indicators").param("lang", "en"), 200))).isIn("Excellent", "Good", "Fair", "Weak");
    }

    /** The band shown next to the total score. */
    private static String band(String html) {
        Matcher band = Pattern.compile("data-testid=\"band\">([^<]*)<").matcher(html);
        assertThat(band.find()).as("a band is shown").isTrue();
        return band.group(1);
    }

    @Test
    void theTotalScoreShowsItsFormulaWithThePeriodsNumbers() throws Exception {
        clock.set(WEDNESDAY);
        Dossier delivered = fixture.delivered("congdan1");
        Period day = new Period(DAY, DAY);
        await().atMost(Duration.ofSeconds(30)).until(() -> indicators.dossiers(new Indicators.DossierQuery(HAI_CHAU,
                null, "fullProcess", "numerator", day, 0, 200)).items().stream()
                .anyMatch(d -> d.id() == delivered.id()));

        // everyone sees how the total was scaled, in the language of the page
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String html = page(get("/indicators").param("agency", HAI_CHAU).param("from", DAY.toString())
                    .param("to", DAY.toString()), 200);
            Scorecard card = indicators.scorecard(HAI_CHAU, day);
            assertThat(card.score()).isNotNull();
            double applicable = card.groups().stream().flatMap(g -> g.indicators().stream())
                    .filter(i -> i.points() != null).mapToDouble(Scorecard.Indicator::maxPoints).sum();
            double[] numbers = IndicatorApiTest.scoreFormulaNumbers(vietnamese(card.scoreFormula()));
            assertThat(numbers[1]).isEqualTo(applicable);
            assertThat(numbers[2]).isEqualTo(card.score());
            assertThat(html).contains("data-testid=\"score-formula\"", vietnamese(card.scoreFormula()));
        });
        String english = page(get("/indicators").param("agency", HAI_CHAU).param("from", DAY.toString())
                .param("to", DAY.toString()).param("lang", "en"), 200);
        assertThat(english).contains("total score = points earned ÷ points of the indicators that apply × 100 = ");
    }
}
