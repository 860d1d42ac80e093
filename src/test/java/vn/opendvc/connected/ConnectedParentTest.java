package vn.opendvc.connected;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.opendvc.connected.ConnectedSteps.BIRTH;
import static vn.opendvc.connected.ConnectedSteps.CITIZEN;
import static vn.opendvc.connected.ConnectedSteps.CONNECTED_BIRTH;
import static vn.opendvc.connected.ConnectedSteps.INSURANCE;
import static vn.opendvc.connected.ConnectedSteps.RESIDENCE;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.DossierAction;
import vn.opendvc.dossier.DossierStatus;
import vn.opendvc.dossier.Dossiers;
import vn.opendvc.testing.ApplicationTest;
import vn.opendvc.testing.DossierFixture;
import vn.opendvc.testing.MovableClock;
import vn.opendvc.testing.Sessions;

/**
 * The connected procedure's own dossier as its applicant sees it: its status follows its members (its stored one
 * stays "submitted", for no officer processes it and no indicator counts it); withdrawing it withdraws the members
 * under way and stops the waiting ones with the applicant's reason, audited and shown on the journey; the data handed
 * on is shown by the labels the citizen knows from the form.
 */
@ApplicationTest
class ConnectedParentTest {

    @Autowired
    DossierFixture fixture;
    @Autowired
    Dossiers dossiers;
    @Autowired
    MockMvc mvc;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcClient jdbc;

    ConnectedSteps steps;

    @BeforeEach
    void setUp() {
        clock.set("2036-03-03T08:30");
        steps = new ConnectedSteps(fixture, dossiers, mvc);
    }

    JsonNode parentJson(Dossier parent) throws Exception {
        return steps.json("/api/v1/dossiers/" + parent.id(), CITIZEN);
    }

    @Test
    void theParentsStatusIsItsMembersTakenTogether() throws Exception {
        Dossier parent = fixture.submitted(CITIZEN, CONNECTED_BIRTH);
        assertThat(parentJson(parent).get("status").asInt()).isEqualTo(1);
        assertThat(parentJson(parent).get("ownStatus").asInt()).isEqualTo(1);

        steps.birthIssued(parent);
        await().atMost(Duration.ofSeconds(20)).until(() -> steps.member(parent, INSURANCE).status(),
                s -> s == DossierStatus.SUBMITTED);
        assertThat(parentJson(parent).get("status").asInt()).as("one result, two at their agencies").isEqualTo(4);

        steps.processedToResult("congan1", steps.member(parent, RESIDENCE).id());
        steps.processedToResult("bhxh1", steps.member(parent, INSURANCE).id());
        JsonNode done = parentJson(parent);
        assertThat(done.get("status").asInt()).as("every member has its result").isEqualTo(9);
        assertThat(done.get("statusName").asString()).isNotBlank();
        assertThat(done.get("ownStatus").asInt()).as("stored as submitted: in no queue, no indicator").isEqualTo(1);
        String mine = mvc.perform(get("/me/dossiers").session(Sessions.signIn(mvc, CITIZEN))).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(mine).contains("data-code=\"9\"");
        // an ordinary dossier shows its own status, and no ownStatus
        assertThat(steps.json("/api/v1/dossiers/" + steps.member(parent, BIRTH).id(), CITIZEN).get("ownStatus")
                .isNull()).isTrue();
    }

    @Test
    void withdrawingTheParentWithdrawsTheMembersUnderWayAndStopsTheWaitingOnes() throws Exception {
        Dossier parent = fixture.submitted(CITIZEN, CONNECTED_BIRTH);
        MvcResult withdrawn = mvc.perform(post("/api/v1/dossiers/" + parent.id() + "/actions/withdraw")
                .header(HttpHeaders.AUTHORIZATION, fixture.token(CITIZEN)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"note\": \"Gia đình chuyển vào Huế, sẽ nộp lại ở đó\"}")).andReturn();
        assertThat(withdrawn.getResponse().getStatus()).as(withdrawn.getResponse().getContentAsString())
                .isEqualTo(200);

        assertThat(steps.member(parent, BIRTH).status()).isEqualTo(DossierStatus.WITHDRAWN);
        assertThat(steps.member(parent, RESIDENCE).status()).as("never sent to the police")
                .isEqualTo(DossierStatus.DRAFT);
        assertThat(dossiers.queue(fixture.user("motcua1"))).extracting(q -> q.id())
                .doesNotContain(steps.member(parent, BIRTH).id());
        JsonNode journey = steps.journey(parent);
        assertThat(journey.get("status").asInt()).isEqualTo(7);
        assertThat(journey.get("members").get(0).get("note").asString()).contains("chuyển vào Huế");
        for (int i = 1; i < 3; i++) {
            assertThat(journey.get("members").get(i).get("state").asString()).isEqualTo("STOPPED");
            assertThat(journey.get("members").get(i).get("note").asString()).contains("chuyển vào Huế");
        }
        assertThat(parentJson(parent).get("status").asInt()).isEqualTo(7);
        assertThat(jdbc.sql("select count(*) from audit_entry where kind = 'CONNECTED_WITHDRAWAL' and subject = ?")
                .param("dossier:" + parent.code()).query(Integer.class).single()).isEqualTo(1);
        String page = mvc.perform(get("/me/dossiers/" + parent.id()).session(Sessions.signIn(mvc, CITIZEN)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("data-testid=\"journey-withdrawn\"", "chuyển vào Huế");
    }

    @Test
    void aResultIssuedIsKeptAndTheMembersItStartedAreWithdrawn() throws Exception {
        Dossier parent = fixture.submitted(CITIZEN, CONNECTED_BIRTH);
        steps.birthIssued(parent);
        await().atMost(Duration.ofSeconds(20)).until(() -> steps.member(parent, INSURANCE).status(),
                s -> s == DossierStatus.SUBMITTED);
        dossiers.act(fixture.user(CITIZEN), parent.id(),
                Dossiers.ActionRequest.of(DossierAction.WITHDRAW, "Không cần nữa"));

        assertThat(steps.member(parent, BIRTH).status()).isEqualTo(DossierStatus.DONE);
        assertThat(steps.member(parent, RESIDENCE).status()).isEqualTo(DossierStatus.WITHDRAWN);
        assertThat(steps.member(parent, INSURANCE).status()).isEqualTo(DossierStatus.WITHDRAWN);
        assertThat(steps.journey(parent).get("status").asInt()).isEqualTo(7);
    }

    @Test
    void aParentWhoseMembersAllEndedHasNothingLeftToWithdraw() throws Exception {
        Dossier parent = fixture.submitted(CITIZEN, CONNECTED_BIRTH);
        dossiers.act(fixture.user("motcua1"), steps.member(parent, BIRTH).id(), new Dossiers.ActionRequest(
                DossierAction.REFUSE, null, null, List.of("Giấy chứng sinh không đúng mẫu"), null, null));
        await().atMost(Duration.ofSeconds(20)).until(() -> steps.journey(parent).get("members").get(2)
                .get("state").asString(), "STOPPED"::equals);

        int status = mvc.perform(post("/api/v1/dossiers/" + parent.id() + "/actions/withdraw")
                .header(HttpHeaders.AUTHORIZATION, fixture.token(CITIZEN)).contentType(MediaType.APPLICATION_JSON)
                .content("{}")).andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(409);
        assertThat(steps.reload(parent.id()).status()).as("nothing half-written").isEqualTo(DossierStatus.SUBMITTED);
    }

    @Test
    void theDataHandedOnIsShownByItsLabel() throws Exception {
        Dossier parent = fixture.submitted(CITIZEN, CONNECTED_BIRTH);
        Dossier birth = steps.birthIssued(parent);
        await().atMost(Duration.ofSeconds(20)).until(() -> steps.member(parent, RESIDENCE).status(),
                s -> s == DossierStatus.SUBMITTED);
        JsonNode handOff = steps.journey(parent).get("handOffs").get(0);
        assertThat(handOff.get("data").get("soGiayKhaiSinh").asString()).isEqualTo(birth.code());
        assertThat(handOff.get("labels").get("soGiayKhaiSinh").asString()).startsWith("Số Giấy khai sinh");

        String page = mvc.perform(get("/me/dossiers/" + parent.id()).session(Sessions.signIn(mvc, CITIZEN)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        int at = page.indexOf("data-testid=\"handoff-data\"");
        String shown = page.substring(at, page.indexOf("</span>", at));
        assertThat(shown).contains("Số Giấy khai sinh (đăng ký thường trú cho trẻ em mới sinh): " + birth.code())
                .doesNotContain("soGiayKhaiSinh");
    }
}
