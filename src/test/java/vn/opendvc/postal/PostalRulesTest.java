package vn.opendvc.postal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.opendvc.testing.ApplicationTest;
import vn.opendvc.testing.DossierFixture;

/**
 * Who may choose and when, the carrier's callback refusing what is not its own or not well-formed, and the
 * collection of the originals at home; every refusal an RFC 9457 problem.
 */
@ApplicationTest
class PostalRulesTest {

    static final String SECRET = "opendvc-demo-postal-callback";
    static final Map<String, Object> POST_TO_SON_TRA = Map.of("method", "POST", "recipientName", "Nguyễn Văn An",
            "phone", "0905123456", "street", "12 Lê Lợi", "communeCode", "DNG-SONTRA");

    @Autowired
    MockMvc mvc;
    @Autowired
    DossierFixture fixture;
    @Autowired
    JsonMapper json;

    @Test
    void onlyTheApplicantChoosesAndTheAddressIsChecked() throws Exception {
        long id = fixture.submitted().id();
        assertThat(send(put("/api/v1/dossiers/" + id + "/delivery"), fixture.token("motcua1"), POST_TO_SON_TRA)
                .getResponse().getStatus()).as("an officer of the agency").isEqualTo(403);
        assertThat(send(put("/api/v1/dossiers/" + id + "/delivery"), fixture.token("congdan2"), POST_TO_SON_TRA)
                .getResponse().getStatus()).as("another citizen does not learn it exists").isEqualTo(404);
        assertThat(send(put("/api/v1/dossiers/" + id + "/delivery"), null, POST_TO_SON_TRA)
                .getResponse().getStatus()).isEqualTo(401);

        MvcResult invalid = send(put("/api/v1/dossiers/" + id + "/delivery"), fixture.token("congdan1"), Map.of(
                "method", "POST", "recipientName", "Nguyễn Văn An", "phone", "12345", "street", "x".repeat(201),
                "communeCode", "DNG-SOTUPHAP"));
        assertProblem(invalid, 400);
        JsonNode errors = fixture.body(invalid).get("errors");
        assertThat(errors.get("phone").asString()).isEqualTo("Số điện thoại không hợp lệ");
        assertThat(errors.get("street").asString()).contains("200");
        assertThat(errors.get("communeCode").asString()).as("a department is no commune")
                .isEqualTo("Không có xã, phường này");
        assertProblem(send(put("/api/v1/dossiers/" + id + "/delivery"), fixture.token("congdan1"),
                Map.of("method", "DRONE")), 400);
        assertProblem(send(put("/api/v1/dossiers/" + id + "/delivery"), fixture.token("congdan1"),
                Map.of("method", "POST")), 400);

        MvcResult officerReads = mvc.perform(get("/api/v1/dossiers/" + id + "/delivery")
                .header(HttpHeaders.AUTHORIZATION, fixture.token("motcua1"))).andReturn();
        assertThat(officerReads.getResponse().getStatus()).isEqualTo(200);
        assertThat(fixture.body(officerReads).get("method").isNull()).as("nothing was saved").isTrue();
    }

    @Test
    void theCallbackAuthenticatesTheCarrierAndRefusesWhatItCannotRead() throws Exception {
        Map<String, Object> report = Map.of("orderId", "SIM-no-such-order", "status", "COLLECTED");
        assertProblem(track(null, json.writeValueAsString(report)), 401);
        assertProblem(track("wrong-secret", json.writeValueAsString(report)), 401);
        assertProblem(track(SECRET, json.writeValueAsString(report)), 404);
        assertProblem(track(SECRET, "{\"orderId\":"), 400);
        MvcResult missing = track(SECRET, "{\"status\":\"LOST\"}");
        assertProblem(missing, 400);
        assertThat(fixture.body(missing).get("errors").propertyNames()).contains("orderId", "status");
        MvcResult noRecipient = track(SECRET, json.writeValueAsString(Map.of("orderId", "SIM-x", "status",
                "DELIVERED", "photoUrl", "javascript:alert(1)")));
        assertProblem(noRecipient, 400);
        assertThat(fixture.body(noRecipient).get("errors").propertyNames()).contains("recipientName", "photoUrl");
    }

    @Test
    void theApplicantAsksForTheOriginalsToBeCollectedAtHomeOnceAtATime() throws Exception {
        String citizen = fixture.token("congdan1");
        long id = fixture.submitted().id();
        Map<String, Object> from = Map.of("name", "Nguyễn Văn An", "phone", "0905123456", "street", "12 Lê Lợi",
                "communeCode", "DNG-HOAVANG");
        MvcResult asked = send(post("/api/v1/dossiers/" + id + "/pickup"), citizen, from);
        assertThat(asked.getResponse().getStatus()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(20)).until(() -> "REGISTERED".equals(
                delivery(citizen, id).at("/shipments/0/state").asString("")));
        JsonNode pickup = delivery(citizen, id).at("/shipments/0");
        assertThat(pickup.get("kind").asString()).isEqualTo("PICKUP");
        assertThat(pickup.get("senderName").asString()).isEqualTo("Nguyễn Văn An");
        assertThat(pickup.get("senderAddress").asString()).isEqualTo("12 Lê Lợi, Xã Hòa Vang, thành phố Đà Nẵng");
        assertThat(pickup.get("receiverName").asString()).isEqualTo("Phường Hải Châu, thành phố Đà Nẵng");
        assertThat(pickup.get("codVnd").asLong()).as("nothing to collect from the agency").isZero();
        assertThat(pickup.get("postageVnd").asLong()).isEqualTo(25_000);
        assertThat(pickup.get("trackingNumber").asString()).isNotBlank();

        assertProblem(send(post("/api/v1/dossiers/" + id + "/pickup"), citizen, from), 409);
        long done = fixture.done("congdan1").id();
        assertProblem(send(post("/api/v1/dossiers/" + done + "/pickup"), citizen, from), 409);
        assertProblem(send(post("/api/v1/dossiers/" + id + "/pickup"), fixture.token("motcua1"), from), 403);
    }

    private JsonNode delivery(String token, long id) throws Exception {
        return fixture.body(mvc.perform(get("/api/v1/dossiers/" + id + "/delivery")
                .header(HttpHeaders.AUTHORIZATION, token)).andReturn());
    }

    private MvcResult send(MockHttpServletRequestBuilder request, String token, Map<String, Object> body)
            throws Exception {
        if (token != null) {
            request.header(HttpHeaders.AUTHORIZATION, token);
        }
        return mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
                .andReturn();
    }

    private MvcResult track(String secret, String body) throws Exception {
        MockHttpServletRequestBuilder request = post("/api/v1/postal/tracking").contentType(MediaType.APPLICATION_JSON)
                .content(body);
        if (secret != null) {
            request.header("X-OpenDVC-Postal-Secret", secret);
        }
        return mvc.perform(request).andReturn();
    }

    private static void assertProblem(MvcResult result, int status) throws Exception {
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(status);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
    }
}
