package vn.opendvc.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.json.JsonMapper;
import vn.opendvc.dossier.Dossier;
import vn.opendvc.monitoring.Indicators;
import vn.opendvc.monitoring.Scorecard;
import vn.opendvc.testing.ApplicationTest;
import vn.opendvc.testing.DossierFixture;
import vn.opendvc.testing.MovableClock;

/**
 * The feedback module's events in the indicators (monitoring module): an accepted complaint about a dossier lowers
 * the satisfaction indicator of the agency that handled the dossier by exactly one complaint's share, and an answer
 * counts in the agency's answered-on-time rate and answer time. On a day no other test uses (13/3/2028).
 */
@ApplicationTest
class FeedbackIndicatorsTest {

    static final String DAY = "2028-03-13";
    static final Indicators.Period PERIOD = new Indicators.Period(LocalDate.parse(DAY), LocalDate.parse(DAY));

    @Autowired
    MockMvc mvc;
    @Autowired
    DossierFixture fixture;
    @Autowired
    MovableClock clock;
    @Autowired
    Indicators indicators;
    @Autowired
    JsonMapper json;

    @AfterEach
    void systemTime() {
        clock.followSystemTime();
    }

    @Test
    void anAcceptedComplaintAboutADossierLowersSatisfactionByExactlyItsShare() throws Exception {
        clock.set(DAY + "T09:00");
        Dossier done = fixture.done("congdan1");
        fixture.done("congdan2");
        await().atMost(Duration.ofSeconds(20)).until(() -> satisfaction().denominator() >= 2);
        Scorecard.Indicator before = satisfaction();
        assertThat(before.numerator()).as("finished on time, no complaint yet").isEqualTo(before.denominator());

        long id = submit(fixture.token("congdan1"), Map.of("kind", "dossier-handling", "title",
                "Cán bộ yêu cầu thêm giấy tờ", "content", "Tôi phải nộp thêm bản sao không cần thiết.",
                "dossierId", done.id()));
        act("motcua1", id, "transfer", Map.of("agencyCode", "DNG-SOTAICHINH", "note", "Thẩm quyền của Sở"));
        assertThat(satisfaction().numerator()).as("received, transferred: not accepted yet")
                .isEqualTo(before.numerator());
        act("lanhdao2", id, "accept", Map.of());

        await().atMost(Duration.ofSeconds(20)).until(() -> satisfaction().numerator() == before.numerator() - 1);
        Scorecard.Indicator after = satisfaction();
        assertThat(after.denominator()).isEqualTo(before.denominator());
        assertThat(before.rate() - after.rate()).as("one complaint's share, for the agency that handled the dossier")
                .isCloseTo(1.0 / before.denominator(), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(indicators.scorecard(DossierFixture.HAI_CHAU, PERIOD).totals().get("complaints")).isEqualTo(1L);

        long second = submit(fixture.token("congdan1"), Map.of("kind", "dossier-handling", "title", "Lần nữa",
                "content", "Vẫn chưa được giải thích.", "dossierId", done.id()));
        act("motcua1", second, "accept", Map.of());
        Thread.sleep(500); // nothing to wait for: a second complaint about the same dossier must not count
        assertThat(satisfaction().numerator()).as("one complaint per dossier").isEqualTo(after.numerator());
    }

    @Test
    void answersCountInTheAgencysAnsweredOnTimeRateAndAnswerTime() throws Exception {
        clock.set(DAY + "T08:00");
        Map<String, Long> before = indicators.scorecard(DossierFixture.HAI_CHAU, PERIOD).totals();
        long id = submit(fixture.token("congdan2"), Map.of("kind", "suggestion", "title", "Kéo dài giờ làm việc",
                "content", "Đề nghị làm việc sáng thứ Bảy.", "agencyCode", DossierFixture.HAI_CHAU));
        act("motcua1", id, "accept", Map.of());
        act("lanhdao1", id, "assign", Map.of("officerId", fixture.user("lanhdao1").accountId()));
        act("lanhdao1", id, "draft", Map.of("answer", "Phường sẽ thử nghiệm từ tháng sau."));
        clock.set(DAY + "T10:30");
        act("lanhdao1", id, "approve", Map.of());

        await().atMost(Duration.ofSeconds(20)).until(() -> answered() == before.getOrDefault("feedback_answered", 0L) + 1);
        Map<String, Long> after = indicators.scorecard(DossierFixture.HAI_CHAU, PERIOD).totals();
        assertThat(after.get("feedback_answered_on_time") - before.getOrDefault("feedback_answered_on_time", 0L))
                .isEqualTo(1);
        assertThat(after.get("feedback_answer_minutes") - before.getOrDefault("feedback_answer_minutes", 0L))
                .as("08:00 to 10:30 of a working morning").isEqualTo(150);

        String dashboard = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/indicators").param("agency", DossierFixture.HAI_CHAU).param("from", DAY).param("to", DAY))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(dashboard).contains("Trả lời đúng hạn").contains("data-testid=\"feedback-on-time\">100%<");
        String openData = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/api/v1/open-data/indicators.csv").param("from", "2028-03").param("to", "2028-03"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(openData).contains("feedback_on_time_rate").contains("feedback_average_answer_working_minutes")
                .doesNotContain("Kéo dài giờ làm việc");
    }

    private long answered() {
        return indicators.scorecard(DossierFixture.HAI_CHAU, PERIOD).totals().getOrDefault("feedback_answered", 0L);
    }

    private Scorecard.Indicator satisfaction() {
        return indicators.scorecard(DossierFixture.HAI_CHAU, PERIOD).groups().stream()
                .flatMap(g -> g.indicators().stream()).filter(i -> i.key().equals("satisfaction")).findFirst()
                .orElseThrow();
    }

    private long submit(String bearer, Map<String, ?> body) throws Exception {
        MvcResult created = mvc.perform(post("/api/v1/feedback").header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body))).andReturn();
        assertThat(created.getResponse().getStatus()).as(created.getResponse().getContentAsString()).isEqualTo(201);
        return json.readTree(created.getResponse().getContentAsString(StandardCharsets.UTF_8)).get("id").asLong();
    }

    private void act(String username, long id, String action, Map<String, ?> body) throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/feedback/" + id + "/" + action)
                .header(HttpHeaders.AUTHORIZATION, fixture.token(username)).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body))).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
    }
}
