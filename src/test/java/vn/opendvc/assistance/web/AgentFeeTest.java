package vn.opendvc.assistance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.opendvc.catalog.Procedure;
import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.Dossiers;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.identity.Role;
import vn.opendvc.identity.internal.AccountRegistry;
import vn.opendvc.testing.ApplicationTest;
import vn.opendvc.testing.DossierFixture;
import vn.opendvc.testing.MovableClock;
import vn.opendvc.testing.OnMondayMorning;
import vn.opendvc.testing.Sessions;

/**
 * The agent's service fee: recorded when the citizen's consent starts the draft, at the fee of the agent's
 * organisation (the demo's 15 000 đồng at DNG-TTPVHCC); taken once in cash against a receipt that the agent and the
 * citizen download; nobody else sees it; the day's report counts the dossiers and sums the fees of that day only.
 */
@ApplicationTest
@OnMondayMorning
class AgentFeeTest {

    static final String CONGDAN2_ID = "048195004567";
    static final String CONGDAN2_PHONE = "+84935678901";
    static final String PASSWORD = "Kiem@toan2026";

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
    @Autowired
    AccountRegistry registry;
    @Autowired
    JsonMapper json;

    @Test
    void theFeeOfTheAgentsOrganisationIsDueOnceTheConsentStartsTheDraft() throws Exception {
        long dossierId = assistedDraft();

        assertThat(jdbc.sql("select organisation, amount_vnd, status from assisted_fee where dossier_id = ?")
                .param(dossierId).query((rs, row) -> rs.getString(1) + "/" + rs.getLong(2) + "/" + rs.getString(3))
                .single()).isEqualTo("DNG-TTPVHCC/15000/DUE");
        JsonNode asCitizen = body(api(get("/api/v1/assisted/fees/" + dossierId), fixture.token("congdan2")));
        assertThat(asCitizen.get("amountVnd").asLong()).isEqualTo(15_000);
        assertThat(asCitizen.get("status").asString()).isEqualTo("DUE");
        assertThat(asCitizen.get("organisation").asString()).isEqualTo("DNG-TTPVHCC");
        assertThat(asCitizen.get("receiptNo").isNull()).isTrue();
        assertThat(body(api(get("/api/v1/assisted/fees/" + dossierId), fixture.token("buudien1")))
                .get("status").asString()).isEqualTo("DUE");
        assertThat(api(get("/api/v1/assisted/fees/" + dossierId), fixture.token("congdan1")).getStatus())
                .isEqualTo(404);
        assertThat(api(get("/api/v1/assisted/fees/" + dossierId + "/receipt.pdf"), fixture.token("congdan2"))
                .getStatus()).as("no receipt before the cash").isEqualTo(404);
    }

    @Test
    void theCashIsTakenOnceAgainstAReceiptTheAgentAndTheCitizenDownload() throws Exception {
        long dossierId = submittedAssisted();
        String code = dossiers.find(fixture.user("congdan2"), dossierId).orElseThrow().code();
        String agent = fixture.token("buudien1");

        MockHttpServletResponse paid = api(post("/api/v1/assisted/fees/" + dossierId + "/cash"), agent);
        assertThat(paid.getStatus()).as(paid.getContentAsString()).isEqualTo(200);
        JsonNode fee = body(paid);
        String receiptNo = fee.get("receiptNo").asString();
        assertThat(fee.get("status").asString()).isEqualTo("PAID_CASH");
        assertThat(receiptNo).matches("PDV-2026-\\d{8}");
        assertThat(fee.get("paidAt").isNull()).isFalse();

        MockHttpServletResponse twice = api(post("/api/v1/assisted/fees/" + dossierId + "/cash"), agent);
        assertThat(twice.getStatus()).isEqualTo(409);
        assertThat(twice.getContentType()).startsWith("application/problem+json");
        assertThat(twice.getContentAsString(StandardCharsets.UTF_8)).contains("agent-fee-settled");

        for (String reader : new String[] {"buudien1", "congdan2"}) {
            MockHttpServletResponse pdf = api(get("/api/v1/assisted/fees/" + dossierId + "/receipt.pdf"),
                    fixture.token(reader));
            assertThat(pdf.getStatus()).as(reader).isEqualTo(200);
            assertThat(pdf.getContentType()).isEqualTo(MediaType.APPLICATION_PDF_VALUE);
            String text = DossierFixture.text(new ByteArrayInputStream(pdf.getContentAsByteArray()));
            assertThat(text).as(reader).contains(receiptNo).contains("15.000 đồng").contains(code)
                    .contains(fixture.user("congdan2").displayName()).contains("Ngô Văn Phúc")
                    .contains("không phải phí, lệ phí thủ tục hành chính");
        }
    }

    @Test
    void theCitizenPaysTheFeeOnlineToTheAgentsOrganisationApartFromTheDossiersFee() throws Exception {
        long dossierId = submittedAssisted();
        String citizen = fixture.token("congdan2");
        String path = "/api/v1/assisted/fees/" + dossierId + "/payments";

        MockHttpServletResponse noKey = api(post(path), citizen);
        assertThat(noKey.getStatus()).isEqualTo(400);
        assertThat(noKey.getContentType()).startsWith("application/problem+json");
        assertThat(api(post(path).header("Idempotency-Key", "agent-pays"), fixture.token("buudien1")).getStatus())
                .as("only the citizen pays online").isEqualTo(404);
        assertThat(api(post(path).header("Idempotency-Key", "other-pays"), fixture.token("congdan1")).getStatus())
                .isEqualTo(404);

        MockHttpServletResponse started = api(post(path).header("Idempotency-Key", "fee-" + dossierId), citizen);
        assertThat(started.getStatus()).as(started.getContentAsString()).isEqualTo(201);
        JsonNode payment = body(started);
        assertThat(payment.get("amountVnd").asLong()).isEqualTo(15_000);
        long paymentId = payment.get("paymentId").asLong();
        assertThat(body(api(post(path).header("Idempotency-Key", "fee-" + dossierId), citizen))
                .get("paymentId").asLong()).as("the same key, the same payment").isEqualTo(paymentId);
        assertThat(jdbc.sql("select purpose || '/' || agency_code || '/' || reference from payment where id = ?")
                .param(paymentId).query(String.class).single())
                .isEqualTo("AGENT_FEE/DNG-TTPVHCC/" + dossierId);

        MockHttpServletResponse cashMeanwhile = api(post("/api/v1/assisted/fees/" + dossierId + "/cash"),
                fixture.token("buudien1"));
        assertThat(cashMeanwhile.getStatus()).as("no cash while the citizen pays online").isEqualTo(409);
        assertThat(cashMeanwhile.getContentAsString(StandardCharsets.UTF_8)).contains("agent-fee-paying-online");

        payInTheSimulator(payment.get("redirectUrl").asString());
        JsonNode fee = awaitFee(dossierId, citizen, "PAID_ONLINE");
        assertThat(fee.get("paymentId").asLong()).isEqualTo(paymentId);
        String receiptNo = fee.get("receiptNo").asString();
        assertThat(receiptNo).matches("PDV-2026-\\d{8}");
        assertThat(fee.get("paidAt").isNull()).isFalse();

        Dossier dossier = dossiers.find(fixture.user("congdan2"), dossierId).orElseThrow();
        assertThat(dossier.status().code()).as("the dossier's own fee is not paid by it").isEqualTo(1);
        assertThat(dossier.paid()).isFalse();
        assertThat(api(post(path).header("Idempotency-Key", "again-" + dossierId), citizen).getStatus())
                .as("nothing left to pay").isEqualTo(409);
        assertThat(api(post("/api/v1/assisted/fees/" + dossierId + "/cash"), fixture.token("buudien1")).getStatus())
                .isEqualTo(409);

        MockHttpServletResponse pdf = api(get("/api/v1/assisted/fees/" + dossierId + "/receipt.pdf"), citizen);
        assertThat(pdf.getStatus()).isEqualTo(200);
        String text = DossierFixture.text(new ByteArrayInputStream(pdf.getContentAsByteArray()));
        assertThat(text).contains(receiptNo).contains("15.000 đồng").contains("Trực tuyến qua cổng VNPAY")
                .contains("Nhân viên hỗ trợ").contains("Ngô Văn Phúc").contains(dossier.code());

        JsonNode day = body(api(get("/api/v1/assisted/report"), fixture.token("buudien1")));
        JsonNode total = day.get("total");
        assertThat(total.get("paidOnlineVnd").asLong()).isGreaterThanOrEqualTo(15_000);
        MockHttpSession session = Sessions.signIn(mvc, "congdan2");
        String page = page(get("/me/dossiers/" + dossierId), session).getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("data-testid=\"agent-fee\"").contains("data-status=\"PAID_ONLINE\"")
                .contains("/me/assisted-fees/" + dossierId + "/receipt.pdf").doesNotContain("agent-fee-pay");
    }

    @Test
    void anAgentOfAnotherOrganisationAndAnotherCitizenFindNoFee() throws Exception {
        long dossierId = assistedDraft();
        String elsewhere = otherAgent();

        assertThat(api(get("/api/v1/assisted/fees/" + dossierId), elsewhere).getStatus()).isEqualTo(404);
        assertThat(api(post("/api/v1/assisted/fees/" + dossierId + "/cash"), elsewhere).getStatus()).isEqualTo(404);
        assertThat(api(post("/api/v1/assisted/fees/" + dossierId + "/cash"), fixture.token("congdan2")).getStatus())
                .as("the citizen does not record cash").isEqualTo(403);
        assertThat(api(post("/api/v1/assisted/fees/" + dossierId + "/cash"), fixture.token("buudien1")).getStatus())
                .isEqualTo(200);
        for (String token : new String[] {elsewhere, fixture.token("congdan1")}) {
            assertThat(api(get("/api/v1/assisted/fees/" + dossierId + "/receipt.pdf"), token).getStatus())
                    .isEqualTo(404);
        }
        assertThat(api(get("/api/v1/assisted/fees/" + dossierId + "/receipt.pdf"), fixture.token("congdan2"))
                .getStatus()).isEqualTo(200);
    }

    @Test
    void theDeskShowsTheFeeAndTakesTheCashThenLinksTheReceipt() throws Exception {
        long dossierId = assistedDraft();
        MockHttpSession agent = Sessions.signIn(mvc, "buudien1");

        String desk = page(get("/agent"), agent).getContentAsString(StandardCharsets.UTF_8);
        String line = desk.substring(desk.indexOf("data-dossier=\"" + dossierId + "\""));
        assertThat(line).contains("15.000 đ").contains("data-fee-status=\"DUE\"").contains("data-testid=\"fee-cash\"");

        MockHttpServletResponse cash = page(post("/agent/fees/" + dossierId + "/cash").with(csrf()), agent);
        assertThat(cash.getRedirectedUrl()).isEqualTo("/agent");
        desk = page(get("/agent"), agent).getContentAsString(StandardCharsets.UTF_8);
        line = desk.substring(desk.indexOf("data-dossier=\"" + dossierId + "\""));
        assertThat(line).contains("data-fee-status=\"PAID_CASH\"")
                .contains("href=\"/agent/fees/" + dossierId + "/receipt.pdf\"");
        assertThat(page(get("/agent/fees/" + dossierId + "/receipt.pdf"), agent).getContentType())
                .isEqualTo(MediaType.APPLICATION_PDF_VALUE);
        assertThat(page(post("/agent/fees/" + dossierId + "/cash").with(csrf()), agent).getStatus()).isEqualTo(409);
    }

    @Test
    void theDaysReportCountsTheDossiersAndSumsTheFeesOfThatDayOnly() throws Exception {
        clock.set("2027-03-15T10:00");
        long first = assistedDraft();
        assistedDraft();
        String agent = fixture.token("buudien1");
        assertThat(api(post("/api/v1/assisted/fees/" + first + "/cash"), agent).getStatus()).isEqualTo(200);

        JsonNode day = body(api(get("/api/v1/assisted/report").param("date", "2027-03-15"), agent));
        assertThat(day.get("organisation").asString()).isEqualTo("DNG-TTPVHCC");
        JsonNode organisation = day.get("organisations").get(0);
        assertThat(day.get("organisations")).hasSize(1);
        assertThat(organisation.get("organisation").asString()).isEqualTo("DNG-TTPVHCC");
        assertFigures(organisation.get("figures"), 2, 30_000, 15_000, 1, 15_000);
        assertFigures(day.get("total"), 2, 30_000, 15_000, 1, 15_000);
        JsonNode agentLine = organisation.get("agents").get(0);
        assertThat(organisation.get("agents")).hasSize(1);
        assertThat(agentLine.get("agentId").asLong()).isEqualTo(fixture.user("buudien1").accountId());
        assertThat(agentLine.get("agentName").asString()).isEqualTo("Ngô Văn Phúc");
        assertFigures(agentLine.get("figures"), 2, 30_000, 15_000, 1, 15_000);

        JsonNode next = body(api(get("/api/v1/assisted/report").param("date", "2027-03-16"), agent));
        assertThat(next.get("organisations")).isEmpty();
        assertFigures(next.get("total"), 0, 0, 0, 0, 0);
        JsonNode asMonitor = body(api(get("/api/v1/assisted/report").param("date", "2027-03-15")
                .param("organisation", "DNG-TTPVHCC"), fixture.token("giamsat")));
        assertFigures(asMonitor.get("total"), 2, 30_000, 15_000, 1, 15_000);

        MockHttpSession session = Sessions.signIn(mvc, "buudien1");
        MockHttpServletResponse page = page(get("/agent/report").param("date", "2027-03-15"), session);
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString(StandardCharsets.UTF_8)).contains("data-testid=\"report-agent\"")
                .contains("Ngô Văn Phúc").contains("30.000 đ").contains("15/03/2027");
    }

    @Test
    void theReportIsNotForCitizensNorForAnotherOrganisationAndABadDateIsA400() throws Exception {
        assertThat(api(get("/api/v1/assisted/report"), fixture.token("congdan1")).getStatus()).isEqualTo(403);
        assertThat(page(get("/agent/report"), Sessions.signIn(mvc, "congdan1")).getStatus()).isEqualTo(403);
        assertThat(api(get("/api/v1/assisted/report").param("organisation", "DNG-HAICHAU"), fixture.token("buudien1"))
                .getStatus()).isEqualTo(403);
        MockHttpServletResponse bad = api(get("/api/v1/assisted/report").param("date", "23/11/2026"),
                fixture.token("buudien1"));
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentType()).startsWith("application/problem+json");
        assertThat(bad.getContentAsString(StandardCharsets.UTF_8)).contains("\"date\"");
        MockHttpServletResponse badPage = page(get("/agent/report").param("date", "x"),
                Sessions.signIn(mvc, "buudien1"));
        assertThat(badPage.getStatus()).isEqualTo(400);
        assertThat(badPage.getContentAsString(StandardCharsets.UTF_8)).contains("data-testid=\"problem\"");
    }

    private static void assertFigures(JsonNode figures, int dossiers, long charged, long due, int receipts,
            long collected) {
        assertThat(figures.get("dossiers").asInt()).isEqualTo(dossiers);
        assertThat(figures.get("chargedVnd").asLong()).isEqualTo(charged);
        assertThat(figures.get("dueVnd").asLong()).isEqualTo(due);
        assertThat(figures.get("receipts").asInt()).isEqualTo(receipts);
        assertThat(figures.get("collectedVnd").asLong()).isEqualTo(collected);
    }

    /**
     * The citizen chooses "success" on the gateway simulator; the gateway's notification (IPN) carries the same
     * signed parameters as the return it sends the payer back with, and is delivered here through MockMvc (this
     * test has no HTTP port for the simulator to call).
     */
    private void payInTheSimulator(String redirectUrl) throws Exception {
        MockHttpServletRequestBuilder form = post("/payments/simulator/pay").with(csrf()).param("choice", "SUCCESS")
                .param("ipn", "NONE");
        query(redirectUrl).forEach(form::param);
        MockHttpServletResponse chosen = mvc.perform(form).andReturn().getResponse();
        assertThat(chosen.getStatus()).isEqualTo(302);
        MockHttpServletRequestBuilder ipn = get("/api/v1/payments/vnpay/ipn");
        query(chosen.getRedirectedUrl()).forEach(ipn::param);
        assertThat(mvc.perform(ipn).andReturn().getResponse().getContentAsString()).contains("\"RspCode\":\"00\"");
    }

    private static java.util.Map<String, String> query(String url) {
        java.util.Map<String, String> params = new java.util.LinkedHashMap<>();
        UriComponentsBuilder.fromUriString(url).build(true).getQueryParams().forEach((name, values) ->
                params.put(name, URLDecoder.decode(values.getFirst(), StandardCharsets.US_ASCII)));
        return params;
    }

    /** The fee once the gateway's confirmation reached it (the listener runs after the payment's commit). */
    private JsonNode awaitFee(long dossierId, String token, String status) throws Exception {
        for (int attempt = 0; attempt < 100; attempt++) {
            JsonNode fee = body(api(get("/api/v1/assisted/fees/" + dossierId), token));
            if (status.equals(fee.get("status").asString())) {
                return fee;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the fee of dossier " + dossierId + " never became " + status);
    }

    /** buudien1 starts a birth registration for congdan2 at Hải Châu with congdan2's code. */
    private long assistedDraft() throws Exception {
        String agent = fixture.token("buudien1");
        MockHttpServletResponse requested = api(post("/api/v1/assisted/consents").contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"idNumber":"%s","procedureId":%d,"agencyCode":"%s"}""".formatted(CONGDAN2_ID,
                        fixture.procedure(DossierFixture.BIRTH).id(), DossierFixture.HAI_CHAU)), agent);
        assertThat(requested.getStatus()).as(requested.getContentAsString()).isEqualTo(201);
        long consentId = body(requested).get("consentId").asLong();
        SentCodes.awaitHandedOver(jdbc, CONGDAN2_PHONE);
        String code = SentCodes.newestIn(page(get("/demo/sms"), Sessions.signIn(mvc, "quantri"))
                .getContentAsString(StandardCharsets.UTF_8), CONGDAN2_PHONE);
        MockHttpServletResponse given = api(post("/api/v1/assisted/consents/" + consentId + "/confirm")
                .contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"" + code + "\"}"), agent);
        assertThat(given.getStatus()).as(given.getContentAsString()).isEqualTo(201);
        return body(given).get("dossierId").asLong();
    }

    /** An assisted draft the agent filled in, attached and submitted: it has its dossier code. */
    private long submittedAssisted() throws Exception {
        long id = assistedDraft();
        CurrentUser agent = fixture.user("buudien1");
        Procedure procedure = fixture.procedure(DossierFixture.BIRTH);
        dossiers.updateDraft(agent, id, DossierFixture.validForm(procedure));
        for (Procedure.RequiredDocument document : procedure.documents()) {
            if (document.required()) {
                dossiers.attach(agent, id, document.name(), new Dossiers.Upload("giay-to.pdf", DossierFixture.pdf()));
            }
        }
        Dossier submitted = dossiers.submit(agent, id);
        assertThat(submitted.code()).isNotBlank();
        return id;
    }

    /** A bearer token of a new agent of another organisation (the Hải Châu one-stop shop). */
    private String otherAgent() throws Exception {
        String username = "daily" + System.nanoTime() % 100_000;
        registry.createOfficer(username, PASSWORD, "Đại Lý Khác", DossierFixture.HAI_CHAU, Set.of(Role.AGENT), null,
                null);
        MockHttpServletResponse token = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}")).andReturn()
                .getResponse();
        assertThat(token.getStatus()).isEqualTo(200);
        return "Bearer " + body(token).get("access_token").asString();
    }

    private JsonNode body(MockHttpServletResponse response) throws Exception {
        return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private MockHttpServletResponse api(MockHttpServletRequestBuilder request, String token) throws Exception {
        return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, token)).andReturn().getResponse();
    }

    private MockHttpServletResponse page(MockHttpServletRequestBuilder request, MockHttpSession session)
            throws Exception {
        return mvc.perform(request.session(session)).andReturn().getResponse();
    }
}
