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

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.DossierAction;
import vn.opendvc.dossier.DossierStatus;
import vn.opendvc.postal.internal.SimulatedTracking;
import vn.opendvc.postal.internal.ShipmentState;
import vn.opendvc.testing.ApplicationTest;
import vn.opendvc.testing.DossierFixture;
import vn.opendvc.testing.Sessions;

/**
 * The result by post, end to end: the citizen chooses delivery by post while the dossier is processed, the completed
 * dossier's order reaches the carrier (the demo's simulator), the carrier's tracking callbacks move the parcel on, and
 * its confirmed delivery returns the dossier (status 10) with the carrier's proof in the history. A returned parcel
 * leaves the dossier done and lets the citizen choose the counter, or the post again. The electronic result is
 * downloadable all along.
 */
@ApplicationTest
class PostalDeliveryTest {

    static final String SECRET = "opendvc-demo-postal-callback";
    /** In the agency's province (Đà Nẵng): 25 000 đồng. */
    static final String SON_TRA = "DNG-SONTRA";
    /** Another province: 35 000 đồng. */
    static final String PHU_XUAN = "HUE-PHUXUAN";

    @Autowired
    MockMvc mvc;
    @Autowired
    DossierFixture fixture;
    @Autowired
    SimulatedTracking simulator;
    @Autowired
    JsonMapper json;

    @Test
    void resultReadyOrderAtTheCarrierCallbacksThenReturnedWithTheCarriersProof() throws Exception {
        String citizen = fixture.token("congdan1");
        Dossier dossier = fixture.submitted();
        long id = dossier.id();

        JsonNode chosen = choose(citizen, id, "POST", SON_TRA, 200);
        assertThat(chosen.get("method").asString()).isEqualTo("POST");
        assertThat(chosen.get("postageVnd").asLong()).isEqualTo(25_000);
        assertThat(chosen.get("codVnd").asLong()).as("the postman collects the postage").isEqualTo(25_000);
        assertThat(chosen.at("/address/provinceCode").asString()).isEqualTo("DNG");
        assertThat(chosen.get("shipments")).as("no order before the result is ready").isEmpty();

        complete(id);
        JsonNode order = awaitShipment(citizen, id, 0, "REGISTERED");
        assertThat(simulator.orders()).anySatisfy(o -> {
            assertThat(o.itemCode()).isEqualTo(dossier.code());
            assertThat(o.state()).isEqualTo(ShipmentState.REGISTERED);
        });
        assertThat(order.get("itemCode").asString()).isEqualTo(dossier.code());
        assertThat(order.get("receiverName").asString()).isEqualTo("Nguyễn Văn An");
        assertThat(order.get("receiverAddress").asString()).startsWith("12 Lê Lợi, Phường Sơn Trà");
        assertThat(order.get("senderName").asString()).contains("Hải Châu");
        assertThat(order.get("codVnd").asLong()).isEqualTo(25_000);
        String orderId = order.get("orderId").asString();
        String trackingNumber = order.get("trackingNumber").asString();
        assertThat(trackingNumber).matches("EB\\d{9}VN");
        assertResultDownloadable(citizen, id);

        assertThat(track(orderId, "COLLECTED", Map.of()).getResponse().getStatus()).isEqualTo(204);
        assertThat(track(orderId, "in_transit", Map.of()).getResponse().getStatus()).isEqualTo(204);
        assertThat(fixture.reload(id).status()).isEqualTo(DossierStatus.DONE);
        assertResultDownloadable(citizen, id);

        MvcResult delivered = track(orderId, "DELIVERED", Map.of("recipientName", "Nguyễn Văn An",
                "at", "2026-11-25T03:15:00Z", "photoUrl", "https://buudien.example.vn/pod/123.jpg",
                "signatureRef", "KY-123"));
        assertThat(delivered.getResponse().getStatus()).isEqualTo(204);

        Dossier returned = fixture.reload(id);
        assertThat(returned.status()).isEqualTo(DossierStatus.RESULT_RETURNED);
        assertThat(returned.deliveredAt()).isNotNull();
        Dossier.HistoryEntry last = returned.history().getLast();
        assertThat(last.action()).isEqualTo(DossierAction.DELIVER);
        assertThat(last.from()).isEqualTo(DossierStatus.DONE);
        assertThat(last.actor()).contains("Bưu điện");
        assertThat(last.note()).contains(trackingNumber, "Nguyễn Văn An", "10:15 25/11/2026",
                "https://buudien.example.vn/pod/123.jpg", "KY-123");
        assertResultDownloadable(citizen, id);

        JsonNode after = delivery(citizen, id);
        JsonNode shipment = after.get("shipments").get(0);
        assertThat(shipment.get("state").asString()).isEqualTo("DELIVERED");
        assertThat(shipment.at("/proof/recipientName").asString()).isEqualTo("Nguyễn Văn An");
        assertThat(shipment.at("/proof/photoUrl").asString()).isEqualTo("https://buudien.example.vn/pod/123.jpg");
        assertThat(shipment.get("tracking").valueStream().map(t -> t.get("state").asString()).toList())
                .containsExactly("REGISTERED", "COLLECTED", "IN_TRANSIT", "DELIVERED");
        assertThat(after.get("changeable").asBoolean()).as("the result is delivered").isFalse();

        assertThat(track(orderId, "DELIVERED", Map.of("recipientName", "Nguyễn Văn An")).getResponse().getStatus())
                .as("the carrier repeating itself").isEqualTo(204);
        assertThat(track(orderId, "COLLECTED", Map.of()).getResponse().getStatus())
                .as("an earlier state arriving late").isEqualTo(204);
        assertThat(track(orderId, "RETURNED", Map.of()).getResponse().getStatus())
                .as("returned after delivered").isEqualTo(409);
        assertThat(choose(citizen, id, "COUNTER", null, 409).get("detail").asString()).contains("đã trả kết quả");
        assertThat(fixture.statusChangesHeardBy("ResultDispatch", dossier))
                .as("the post hears of the result made ready only, not of the dossier's other changes").isEqualTo(1);
        assertThat(fixture.statusChangesHeardBy("IndicatorEvents", dossier)).isGreaterThan(3);
    }

    @Test
    void aReturnedParcelLeavesTheDossierDoneAndTheCitizenMayCollectItAtTheCounter() throws Exception {
        String citizen = fixture.token("congdan1");
        long id = fixture.submitted().id();
        assertThat(choose(citizen, id, "POST", PHU_XUAN, 200).get("postageVnd").asLong())
                .as("another province").isEqualTo(35_000);
        complete(id);
        String orderId = awaitShipment(citizen, id, 0, "REGISTERED").get("orderId").asString();
        assertThat(choose(citizen, id, "COUNTER", null, 409).get("detail").asString())
                .as("not while the parcel is on its way").contains("đang trên đường");

        assertThat(track(orderId, "COLLECTED", Map.of()).getResponse().getStatus()).isEqualTo(204);
        MvcResult atTheCounter = mvc.perform(post("/api/v1/dossiers/" + id + "/actions/deliver")
                .header(HttpHeaders.AUTHORIZATION, fixture.token("motcua1"))).andReturn();
        assertThat(atTheCounter.getResponse().getStatus()).as("no hand-over while the parcel travels").isEqualTo(409);
        assertThat(atTheCounter.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("bưu chính");
        String officerPage = mvc.perform(get("/officer/dossiers/" + id).session(Sessions.signIn(mvc, "motcua1")))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(officerPage).as("the officer sees the parcel, without the citizen's forms")
                .contains("data-testid=\"postal-delivery\"").contains("data-state=\"COLLECTED\"")
                .doesNotContain("data-testid=\"delivery-form\"").doesNotContain("data-testid=\"do-deliver\"");
        assertThat(track(orderId, "RETURNED", Map.of("note", "Không có người nhận")).getResponse().getStatus())
                .isEqualTo(204);

        assertThat(fixture.reload(id).status()).isEqualTo(DossierStatus.DONE);
        JsonNode returned = delivery(citizen, id);
        assertThat(returned.at("/shipments/0/state").asString()).isEqualTo("RETURNED");
        assertThat(returned.get("changeable").asBoolean()).isTrue();
        assertThat(returned.get("awaitingOrder").asBoolean()).isTrue();
        assertResultDownloadable(citizen, id);

        assertThat(choose(citizen, id, "COUNTER", null, 200).get("method").asString()).isEqualTo("COUNTER");
        assertThat(delivery(citizen, id).get("shipments")).as("no new order").hasSize(1);
        Dossier handedOver = fixture.act("motcua1", id, DossierAction.DELIVER);
        assertThat(handedOver.status()).isEqualTo(DossierStatus.RESULT_RETURNED);
        assertResultDownloadable(citizen, id);
    }

    @Test
    void afterAReturnTheCitizenMayHaveItSentAgainAndTheSimulatorDeliversIt() throws Exception {
        String citizen = fixture.token("congdan1");
        long id = fixture.submitted().id();
        choose(citizen, id, "POST", SON_TRA, 200);
        complete(id);
        long first = awaitShipment(citizen, id, 0, "REGISTERED").get("id").asLong();
        assertThat(simulator.returnToSender(first)).contains(vn.opendvc.postal.internal.TrackingUpdates.Outcome.RECORDED);
        assertThat(fixture.reload(id).status()).isEqualTo(DossierStatus.DONE);

        JsonNode again = choose(citizen, id, "POST", PHU_XUAN, 200);
        assertThat(again.get("shipments")).hasSize(2);
        long second = awaitShipment(citizen, id, 0, "REGISTERED").get("id").asLong();
        assertThat(second).isNotEqualTo(first);
        assertThat(delivery(citizen, id).at("/shipments/0/receiverAddress").asString()).contains("Phú Xuân");

        simulator.advance(second);
        simulator.advance(second);
        assertThat(fixture.reload(id).status()).isEqualTo(DossierStatus.DONE);
        simulator.advance(second);
        Dossier returned = fixture.reload(id);
        assertThat(returned.status()).isEqualTo(DossierStatus.RESULT_RETURNED);
        assertThat(returned.history().getLast().note()).contains("Nguyễn Văn An");
        assertThat(simulator.advance(second)).as("the journey ended").isEmpty();
        assertResultDownloadable(citizen, id);
    }

    /** Received, forwarded through the default steps and completed: status 9, the result issued. */
    private void complete(long id) {
        fixture.act("motcua1", id, DossierAction.RECEIVE);
        fixture.act("motcua1", id, DossierAction.FORWARD);
        fixture.act("chuyenvien1", id, DossierAction.FORWARD);
        assertThat(fixture.act("lanhdao1", id, DossierAction.COMPLETE).status()).isEqualTo(DossierStatus.DONE);
    }

    private JsonNode choose(String token, long id, String method, String commune, int status) throws Exception {
        String body = commune == null ? "{\"method\":\"" + method + "\"}" : json.writeValueAsString(Map.of(
                "method", method, "recipientName", "Nguyễn Văn An", "phone", "0905 123 456",
                "street", "12 Lê Lợi", "communeCode", commune));
        MvcResult result = mvc.perform(put("/api/v1/dossiers/" + id + "/delivery")
                .header(HttpHeaders.AUTHORIZATION, token).contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(status);
        return fixture.body(result);
    }

    private JsonNode delivery(String token, long id) throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/dossiers/" + id + "/delivery")
                .header(HttpHeaders.AUTHORIZATION, token)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return fixture.body(result);
    }

    /** The dossier's newest shipment (index 0) once the carrier has it in {@code state}. */
    private JsonNode awaitShipment(String token, long id, int index, String state) throws Exception {
        await().atMost(Duration.ofSeconds(20)).until(() -> state.equals(
                delivery(token, id).at("/shipments/" + index + "/state").asString("")));
        return delivery(token, id).get("shipments").get(index);
    }

    private MvcResult track(String orderId, String status, Map<String, String> more) throws Exception {
        Map<String, String> body = new java.util.LinkedHashMap<>(more);
        body.put("orderId", orderId);
        body.put("status", status);
        return mvc.perform(post("/api/v1/postal/tracking").header("X-OpenDVC-Postal-Secret", SECRET)
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body))).andReturn();
    }

    private void assertResultDownloadable(String token, long id) throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/dossiers/" + id + "/result")
                .header(HttpHeaders.AUTHORIZATION, token)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentAsByteArray()).startsWith("%PDF".getBytes());
    }
}
