package vn.opendvc.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import vn.opendvc.dossier.Channel;
import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.Dossiers;
import vn.opendvc.testing.ApplicationTest;
import vn.opendvc.testing.DossierFixture;
import vn.opendvc.testing.MovableClock;
import vn.opendvc.testing.OnMondayMorning;
import vn.opendvc.testing.Sessions;

/**
 * A post-office agent submits for a citizen: the citizen's consent by a one-time code sent to the citizen's own phone,
 * then a draft that is the citizen's, on the assisted channel. A missing, wrong, expired or reused code is refused,
 * and every consent is in the audit log.
 */
@ApplicationTest
@OnMondayMorning
class AssistedSubmissionTest {

    static final String CONGDAN2_ID = "048195004567";
    static final Pattern CODE = Pattern.compile("OpenDVC: (\\d{6})");

    @Autowired
    MockMvc mvc;
    @Autowired
    DossierFixture fixture;
    @Autowired
    Dossiers dossiers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MovableClock clock;

    @Test
    void withTheCodeSentToTheCitizensPhoneTheAgentStartsADossierThatIsTheCitizens() throws Exception {
        String agent = fixture.token("buudien1");
        JsonNode requested = requestConsent(agent, CONGDAN2_ID);
        assertThat(requested.get("channel").asString()).isEqualTo("SMS");
        assertThat(requested.get("sentTo").asString()).endsWith("901").doesNotContain("0935");
        long consentId = requested.get("consentId").asLong();

        MvcResult given = confirm(agent, consentId, codeSentTo("+84935678901"));
        assertThat(given.getResponse().getStatus()).isEqualTo(201);
        long dossierId = fixture.body(given).get("dossierId").asLong();

        Dossier asCitizen = dossiers.find(fixture.user("congdan2"), dossierId).orElseThrow();
        assertThat(asCitizen.channel()).isEqualTo(Channel.ASSISTED);
        assertThat(asCitizen.applicantName()).isEqualTo(fixture.user("congdan2").displayName());
        assertThat(dossiers.mine(fixture.user("congdan2"))).extracting(Dossier::id).contains(dossierId);
        assertThat(dossiers.find(fixture.user("buudien1"), dossierId)).as("the agent who submits").isPresent();
        assertThat(dossiers.find(fixture.user("congdan1"), dossierId)).as("anyone else").isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_entry where kind = 'ASSISTED_CONSENT' and subject = ?")
                .param("dossier-id:" + dossierId).query(Integer.class).single()).isEqualTo(1);

        MvcResult reused = confirm(agent, consentId, "000000");
        assertThat(reused.getResponse().getStatus()).isEqualTo(409);
        assertThat(reused.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("consent-used");
    }

    @Test
    void theAgentSeesTheDossierForThirtyDaysTheCitizenForever() throws Exception {
        String agent = fixture.token("buudien1");
        long consentId = requestConsent(agent, CONGDAN2_ID).get("consentId").asLong();
        long dossierId = fixture.body(confirm(agent, consentId, codeSentTo("+84935678901"))).get("dossierId").asLong();

        clock.advance(Duration.ofDays(29));
        assertThat(dossiers.find(fixture.user("buudien1"), dossierId)).isPresent();
        clock.advance(Duration.ofDays(1));
        assertThat(dossiers.find(fixture.user("buudien1"), dossierId)).isEmpty();
        assertThat(dossiers.mine(fixture.user("buudien1"))).extracting(Dossier::id).doesNotContain(dossierId);
        assertThat(dossiers.find(fixture.user("congdan2"), dossierId)).isPresent();
    }

    @Test
    void aWrongCodeIsCountedAndFiveEndTheConsentAnExpiredCodeIsRefused() throws Exception {
        String agent = fixture.token("buudien1");
        long consentId = requestConsent(agent, CONGDAN2_ID).get("consentId").asLong();
        String right = codeSentTo("+84935678901");
        String wrong = right.equals("111111") ? "222222" : "111111";

        for (int i = 0; i < 4; i++) {
            MvcResult refused = confirm(agent, consentId, wrong);
            assertThat(refused.getResponse().getStatus()).isEqualTo(400);
            assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("\"code\"");
        }
        assertThat(confirm(agent, consentId, wrong).getResponse().getStatus()).isEqualTo(409);
        assertThat(confirm(agent, consentId, right).getResponse().getStatus()).as("too late, even the right one")
                .isEqualTo(409);
        assertThat(confirm(agent, consentId, "").getResponse().getStatus()).isEqualTo(409);

        long second = requestConsent(agent, CONGDAN2_ID).get("consentId").asLong();
        String code = codeSentTo("+84935678901");
        clock.advance(Duration.ofMinutes(11));
        MvcResult expired = confirm(agent, second, code);
        assertThat(expired.getResponse().getStatus()).isEqualTo(409);
        assertThat(expired.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("code-expired");
        assertThat(jdbc.sql("select count(*) from assisted_consent where id in (?, ?) and dossier_id is not null")
                .params(consentId, second).query(Integer.class).single()).isZero();
    }

    @Test
    void onlyTheAgentWhoAskedMayConfirmAndOnlyAgentsMayAsk() throws Exception {
        long consentId = requestConsent(fixture.token("buudien1"), CONGDAN2_ID).get("consentId").asLong();
        String code = codeSentTo("+84935678901");

        assertThat(confirm(fixture.token("motcua1"), consentId, code).getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/api/v1/assisted/consents")
                .header(HttpHeaders.AUTHORIZATION, fixture.token("congdan1")).contentType(MediaType.APPLICATION_JSON)
                .content(body(CONGDAN2_ID))).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void anAgentOpensAnAccountForACitizenWhoHasNoneAndTheCodeGoesToTheirPhone() throws Exception {
        String agent = fixture.token("buudien1");
        String number = "0482" + String.format("%08d", System.nanoTime() % 100_000_000L);
        MvcResult unknown = mvc.perform(post("/api/v1/assisted/consents").header(HttpHeaders.AUTHORIZATION, agent)
                .contentType(MediaType.APPLICATION_JSON).content(body(number))).andReturn();
        assertThat(unknown.getResponse().getStatus()).isEqualTo(400);
        assertThat(unknown.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("idNumber");

        MvcResult opened = mvc.perform(post("/api/v1/assisted/consents").header(HttpHeaders.AUTHORIZATION, agent)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"idNumber":"%s","fullName":"Lê Văn Tám","phone":"0912 345 678","procedureId":%d,
                         "agencyCode":"%s"}""".formatted(number, fixture.procedure(DossierFixture.BIRTH).id(),
                        DossierFixture.HAI_CHAU))).andReturn();
        assertThat(opened.getResponse().getStatus()).isEqualTo(201);
        long consentId = fixture.body(opened).get("consentId").asLong();
        MvcResult given = confirm(agent, consentId, codeSentTo("+84912345678"));
        assertThat(given.getResponse().getStatus()).isEqualTo(201);
        assertThat(jdbc.sql("select display_name from account where personal_id = ?").param(number)
                .query(String.class).single()).isEqualTo("Lê Văn Tám");
    }

    private JsonNode requestConsent(String agent, String idNumber) throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/assisted/consents").header(HttpHeaders.AUTHORIZATION, agent)
                .contentType(MediaType.APPLICATION_JSON).content(body(idNumber))).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(201);
        return fixture.body(result);
    }

    private String body(String idNumber) {
        return """
                {"idNumber":"%s","procedureId":%d,"agencyCode":"%s"}""".formatted(idNumber,
                fixture.procedure(DossierFixture.BIRTH).id(), DossierFixture.HAI_CHAU);
    }

    private MvcResult confirm(String agent, long consentId, String code) throws Exception {
        return mvc.perform(post("/api/v1/assisted/consents/" + consentId + "/confirm")
                .header(HttpHeaders.AUTHORIZATION, agent).contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"" + code + "\"}")).andReturn();
    }

    /**
     * The code the demo's SMS simulator took last for the phone, as the citizen reads it: once the outbox has handed
     * over every code written for the phone, the newest row of the simulator's page for it holds the latest.
     */
    private String codeSentTo(String phone) throws Exception {
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                select count(*) from notification where kind = 'ONE_TIME_CODE' and address = ?
                and status in ('created', 'temporary-failure')""").param(phone).query(Integer.class).single() == 0);
        MockHttpSession session = Sessions.signIn(mvc, "quantri");
        String page = mvc.perform(get("/demo/sms").session(session)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String last3 = phone.substring(phone.length() - 3);
        for (String row : page.split("data-testid=\"sms-row\"")) {
            Matcher m = CODE.matcher(row);
            if (row.contains(last3 + "<") && m.find()) {
                return m.group(1);
            }
        }
        throw new AssertionError("no code sent to " + phone);
    }
}
