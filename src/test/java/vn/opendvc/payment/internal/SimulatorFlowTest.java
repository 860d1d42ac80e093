package vn.opendvc.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import tools.jackson.databind.ObjectMapper;
import vn.opendvc.payment.Payment;
import vn.opendvc.payment.PaymentSource;
import vn.opendvc.payment.PaymentStarted;
import vn.opendvc.payment.PaymentStatus;
import vn.opendvc.payment.PaymentSucceeded;
import vn.opendvc.payment.Payments;
import vn.opendvc.testing.RecordedPaymentEvents;
import vn.opendvc.testing.ServerTest;

/**
 * The whole flow offline: the signed URL opens the simulator, the payer chooses, the simulator sends the IPN over HTTP
 * to this server (now, twice or never) and sends the payer back to the return page; reconciliation settles what no IPN
 * confirmed through the simulator's querydr.
 */
@ServerTest
class SimulatorFlowTest {

    static final long PAYER = 900_003;

    @Autowired
    MockMvc mvc;
    @Autowired
    Payments payments;
    @Autowired
    Reconciliation reconciliation;
    @Autowired
    RecordedPaymentEvents events;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;

    PaymentStarted start(long amount) {
        long reference = PaymentFixture.reference();
        return payments.start("sim-" + reference, reference, PAYER, "DNG-HAICHAU", amount, "Lệ phí hộ tịch",
                "127.0.0.1");
    }

    static Map<String, String> query(String url) {
        Map<String, String> params = new LinkedHashMap<>();
        UriComponentsBuilder.fromUriString(url).build(true).getQueryParams()
                .forEach((k, v) -> params.put(k, java.net.URLDecoder.decode(v.getFirst(), StandardCharsets.US_ASCII)));
        return params;
    }

    /**
     * A GET of a URL with its query decoded as a servlet container does ({@code +} is a space); MockMvc alone keeps
     * the {@code +}.
     */
    static MockHttpServletRequestBuilder open(String url) {
        MockHttpServletRequestBuilder request = get(url.substring(0, url.indexOf('?')));
        query(url).forEach(request::param);
        return request;
    }

    /** Opens the simulator page and submits the choice; returns where the payer is sent back. */
    String pay(PaymentStarted started, String choice, String ipn) throws Exception {
        MvcResult page = mvc.perform(open(started.redirectUrl())).andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(page.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("data-testid=\"simulator-form\"")
                .contains(String.format("%,d", started.amountVnd()).replace(',', '.') + " đ");
        MockHttpServletRequestBuilder form = post("/payments/simulator/pay").with(csrf())
                .param("choice", choice).param("ipn", ipn);
        query(started.redirectUrl()).forEach(form::param);
        MvcResult chosen = mvc.perform(form).andReturn();
        assertThat(chosen.getResponse().getStatus()).isEqualTo(302);
        return chosen.getResponse().getRedirectedUrl();
    }

    Payment payment(PaymentStarted started) {
        return payments.find(started.paymentId()).orElseThrow();
    }

    @Test
    void thePayerPaysThroughTheSimulatorAndTheIpnConfirms() throws Exception {
        PaymentStarted started = start(25_000);
        String back = pay(started, "SUCCESS", "NOW");
        assertThat(back).startsWith("/payments/vnpay/return?").contains("vnp_ResponseCode=00", "vnp_SecureHash=");
        assertThat(payment(started).status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(payments.history(started.paymentId()).getLast().source()).isEqualTo(PaymentSource.IPN);

        String page = mvc.perform(open(back)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Cổng thanh toán báo: Giao dịch thành công").contains("Trạng thái trong hệ thống: Thành công");

        MvcResult again = mvc.perform(open(started.redirectUrl())).andReturn();
        assertThat(again.getResponse().getContentAsString(StandardCharsets.UTF_8)).as("a second payment of the same order")
                .contains("data-testid=\"simulator-refused\"");
    }

    @Test
    void theReturnPageNeverSettlesAndRefusesATamperedResult() throws Exception {
        PaymentStarted started = start(12_000);
        String back = pay(started, "SUCCESS", "NONE");
        String page = mvc.perform(open(back)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Giao dịch thành công").contains("Đang chờ xác nhận");
        assertThat(payment(started).status()).as("the return page decides nothing").isEqualTo(PaymentStatus.PENDING);

        String tampered = back.replace("vnp_Amount=1200000", "vnp_Amount=100");
        String refused = mvc.perform(open(tampered)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("data-testid=\"return-invalid\"");
    }

    @Test
    void reconciliationSettlesAPaymentWhoseIpnNeverCame() throws Exception {
        PaymentStarted started = start(30_000);
        pay(started, "SUCCESS", "NONE");
        PaymentStarted abandoned = start(30_000); // never went to the gateway
        PaymentStarted recent = start(30_000);
        pay(recent, "SUCCESS", "NONE");
        PaymentFixture.age(jdbc, payments, started.paymentId(), 11 * 60);
        PaymentFixture.age(jdbc, payments, abandoned.paymentId(), 11 * 60);

        Reconciliation.Run run = reconciliation.reconcilePending();

        assertThat(run.settled()).isGreaterThanOrEqualTo(1);
        assertThat(payment(started).status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(payments.history(started.paymentId()).getLast().source()).isEqualTo(PaymentSource.RECONCILIATION);
        assertThat(events.of(started.paymentId())).singleElement().isInstanceOf(PaymentSucceeded.class);
        assertThat(payment(abandoned).status()).as("unknown at the gateway, not yet past expiry")
                .isEqualTo(PaymentStatus.PENDING);
        assertThat(payment(recent).status()).as("not pending long enough to ask").isEqualTo(PaymentStatus.PENDING);

        jdbc.sql("update payment set expires_at = ? where id = ?")
                .params(java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)), abandoned.paymentId()).update();
        reconciliation.reconcilePending();
        assertThat(payment(abandoned).status()).as("still unknown, within the grace").isEqualTo(PaymentStatus.PENDING);
        jdbc.sql("update payment set expires_at = ? where id = ?")
                .params(java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(6 * 60)), abandoned.paymentId())
                .update();
        reconciliation.reconcilePending();
        assertThat(jdbc.sql("select status from payment where id = ?").param(abandoned.paymentId()).query(String.class)
                .single()).isEqualTo("EXPIRED");
        assertThat(payments.history(abandoned.paymentId()).getLast().source()).isEqualTo(PaymentSource.RECONCILIATION);
    }

    @Test
    void aFailedOrCancelledPaymentFailsAndATwiceSentIpnCreditsOnce() throws Exception {
        PaymentStarted failing = start(9_000);
        pay(failing, "FAILURE", "NOW");
        assertThat(payment(failing).status()).isEqualTo(PaymentStatus.FAILED);
        PaymentStarted cancelled = start(9_000);
        String back = pay(cancelled, "CANCEL", "NOW");
        assertThat(back).contains("vnp_ResponseCode=24");
        assertThat(payment(cancelled).status()).isEqualTo(PaymentStatus.FAILED);

        PaymentStarted twice = start(9_000);
        pay(twice, "SUCCESS", "TWICE");
        assertThat(payment(twice).status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(payments.history(twice.paymentId()).stream().filter(t -> t.to() == PaymentStatus.SUCCEEDED)).hasSize(1);
        assertThat(events.of(twice.paymentId())).hasSize(1);
    }

    @Test
    void theSimulatorSendsThePayerBackToThePortalOnlyEvenWithTheDemoSecret() throws Exception {
        PaymentStarted started = start(11_000);
        Map<String, String> params = query(started.redirectUrl());
        params.remove("vnp_SecureHash");
        params.put("vnp_ReturnUrl", "https://attacker.example/phish");
        params.put("vnp_SecureHash", VnpaySignature.sign(PaymentMode.DEMO_HASH_SECRET, params));
        MockHttpServletRequestBuilder form = post("/payments/simulator/pay").with(csrf())
                .param("choice", "CANCEL").param("ipn", "NONE");
        params.forEach(form::param);
        String back = mvc.perform(form).andReturn().getResponse().getRedirectedUrl();
        assertThat(back).startsWith("/payments/vnpay/return?").doesNotContain("attacker.example/phish?");
    }

    @Test
    void theSimulatorRefusesAForgedPaymentUrl() throws Exception {
        PaymentStarted started = start(10_000);
        String forged = started.redirectUrl().replace("vnp_Amount=1000000", "vnp_Amount=100");
        String page = mvc.perform(open(forged)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("data-testid=\"simulator-refused\"").contains("Sai chữ ký");
    }

    @Test
    void querydrIsAServerToServerJsonPostCheckedBothWays() throws Exception {
        PaymentStarted started = start(15_000);
        pay(started, "SUCCESS", "NONE");
        Payment p = payment(started);
        Map<String, String> request = new LinkedHashMap<>();
        request.put("vnp_RequestId", "REQ" + p.id());
        request.put("vnp_Version", "2.1.0");
        request.put("vnp_Command", "querydr");
        request.put("vnp_TmnCode", "OPENDVC1");
        request.put("vnp_TxnRef", p.txnRef());
        request.put("vnp_OrderInfo", "Doi soat");
        request.put("vnp_TransactionDate", Vnpay.date(p.createdAt()));
        request.put("vnp_CreateDate", Vnpay.date(java.time.Instant.now()));
        request.put("vnp_IpAddr", "127.0.0.1");
        request.put("vnp_SecureHash", Vnpay.pipeChecksum(PaymentFixture.SECRET, request, Vnpay.QUERY_REQUEST_FIELDS));

        MvcResult result = mvc.perform(post("/payments/simulator/querydr").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(request))).andReturn();
        assertThat(result.getResponse().getStatus()).as("no session, no CSRF token").isEqualTo(200);
        @SuppressWarnings("unchecked")
        Map<String, String> response = json.readValue(result.getResponse().getContentAsString(), Map.class);
        assertThat(response).containsEntry("vnp_ResponseCode", "00").containsEntry("vnp_TransactionStatus", "00")
                .containsEntry("vnp_Amount", "1500000").containsEntry("vnp_TxnRef", p.txnRef());
        assertThat(response.get("vnp_SecureHash"))
                .isEqualTo(Vnpay.pipeChecksum(PaymentFixture.SECRET, response, Vnpay.QUERY_RESPONSE_FIELDS));

        request.put("vnp_TxnRef", "SOMETHINGELSE");
        MvcResult forged = mvc.perform(post("/payments/simulator/querydr").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(request))).andReturn();
        assertThat(forged.getResponse().getContentAsString()).contains("\"vnp_ResponseCode\":\"97\"");
    }
}
