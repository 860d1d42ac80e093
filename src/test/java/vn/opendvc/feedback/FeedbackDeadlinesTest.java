package vn.opendvc.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.opendvc.calendar.WorkingCalendar;
import vn.opendvc.testing.ApplicationTest;
import vn.opendvc.testing.DossierFixture;
import vn.opendvc.testing.MovableClock;

/**
 * The legal times on the working calendar, with the application's clock moved: received on Friday 24/4/2026 at 09:30,
 * the 5 working days to accept or transfer skip the Hùng Kings day off (Monday 27/4, in lieu of Sunday 26/4 = 10/3
 * lunar), Reunification Day (30/4), Labour Day (1/5) and the weekends: due Wednesday 6/5 at 09:30. A transfer on
 * 5/5, eleven calendar days later, is on time; one on 6/5 at 10:00 is flagged late.
 */
@ApplicationTest
class FeedbackDeadlinesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    MovableClock clock;
    @Autowired
    DossierFixture fixture;
    @Autowired
    JsonMapper json;
    @Autowired
    WorkingCalendar calendar;

    @AfterEach
    void systemTime() {
        clock.followSystemTime();
    }

    @Test
    void aTransferAfterFiveWorkingDaysIsFlaggedAndHolidaysDoNotCount() throws Exception {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 27))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 30))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 5, 1))).isFalse();

        clock.set("2026-04-24T09:30");
        String citizen = fixture.token("congdan1");
        long onTime = submit(citizen);
        long late = submit(citizen);
        JsonNode received = read(citizen, onTime);
        assertThat(received.get("acceptDueAt").asString()).isEqualTo(utc("2026-05-06T09:30"));

        clock.set("2026-05-05T16:00");
        assertThat(read(citizen, onTime).get("deadline").get("state").asString()).isEqualTo("DUE_SOON");
        JsonNode transferred = transfer(onTime);
        assertThat(transferred.get("transfers").get(0).get("late").asBoolean()).isFalse();
        assertThat(transferred.get("acceptDueAt").asString()).as("5 working days again at the competent agency, counted from the next morning (after 15:00)")
                .isEqualTo(utc("2026-05-12T17:00"));

        clock.set("2026-05-06T10:00");
        assertThat(read(citizen, late).get("deadline").get("state").asString()).isEqualTo("OVERDUE");
        String overdue = mvc.perform(get("/officer/feedback").param("deadline", "OVERDUE")
                        .session(vn.opendvc.testing.Sessions.signIn(mvc, "motcua1"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(overdue).contains("Quá hạn").contains(read(citizen, late).get("code").asString());
        JsonNode lateTransfer = transfer(late);
        assertThat(lateTransfer.get("transfers").get(0).get("late").asBoolean()).isTrue();
        assertThat(read(citizen, late).get("transfers").get(0).get("late").asBoolean())
                .as("the author sees it too").isTrue();
    }

    @Test
    void theAnswerIsDueTenWorkingDaysAfterAcceptanceAndLateAnswersAreCountedLate() throws Exception {
        clock.set("2026-04-24T09:30");
        String citizen = fixture.token("congdan1");
        long id = submit(citizen);
        JsonNode accepted = act("motcua1", id, "accept", Map.of());
        // 24/4 + 10 working days, without 27/4, 30/4, 1/5 and the weekends: Wednesday 13/5 at 09:30
        assertThat(accepted.get("answerDueAt").asString()).isEqualTo(utc("2026-05-13T09:30"));
        act("lanhdao1", id, "assign", Map.of("officerId", fixture.user("chuyenvien1").accountId()));
        act("chuyenvien1", id, "draft", Map.of("answer", "Trả lời muộn."));
        clock.set("2026-05-13T10:00");
        JsonNode answered = act("lanhdao1", id, "approve", Map.of());
        assertThat(answered.get("answeredOnTime").asBoolean()).isFalse();
    }

    private long submit(String bearer) throws Exception {
        MvcResult created = mvc.perform(post("/api/v1/feedback").header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("kind", "regulation",
                        "title", "Quy định chồng chéo", "content", "Hai văn bản quy định khác nhau.",
                        "agencyCode", DossierFixture.HAI_CHAU)))).andReturn();
        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        return body(created).get("id").asLong();
    }

    private JsonNode transfer(long id) throws Exception {
        return act("motcua1", id, "transfer", Map.of("agencyCode", "DNG-SOTAICHINH", "note", "Thẩm quyền của Sở"));
    }

    private JsonNode act(String username, long id, String action, Map<String, ?> body) throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/feedback/" + id + "/" + action)
                .header(HttpHeaders.AUTHORIZATION, fixture.token(username)).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body))).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
        return body(result);
    }

    private JsonNode read(String bearer, long id) throws Exception {
        return body(mvc.perform(get("/api/v1/feedback/" + id).header(HttpHeaders.AUTHORIZATION, bearer)).andReturn());
    }

    private JsonNode body(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static String utc(String vietnam) {
        return MovableClock.vietnam(vietnam).toString();
    }
}
