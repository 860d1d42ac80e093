package vn.opendvc.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.opendvc.payment.Payment;
import vn.opendvc.payment.PaymentPurpose;
import vn.opendvc.payment.PaymentExpired;
import vn.opendvc.payment.PaymentFailed;
import vn.opendvc.payment.PaymentSource;
import vn.opendvc.payment.PaymentStatus;
import vn.opendvc.payment.PaymentSucceeded;
import vn.opendvc.payment.PaymentTransition;
import vn.opendvc.payment.Payments;
import vn.opendvc.testing.RecordedPaymentEvents;
import vn.opendvc.testing.ServerTest;

/** VNPay's IPN over HTTP: every answer code of the spec, replays, concurrent duplicates, expiry. */
@ServerTest
class VnpayIpnTest {

    static final long PAYER = 900_001;

    @Autowired
    MockMvc mvc;
    @Autowired
    Payments payments;
    @Autowired
    VnpayIpn ipn;
    @Autowired
    RecordedPaymentEvents events;
    @Autowired
    JdbcClient jdbc;

    String ipnOverHttp(Map<String, String> params) throws Exception {
        MockHttpServletRequestBuilder request = get("/api/v1/payments/vnpay/ipn");
        params.forEach(request::queryParam);
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).as("IPN answers 200 whatever happened").isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    Payment start() {
        return PaymentFixture.start(payments, PAYER, "DNG-HAICHAU", 25_000);
    }

    PaymentStatus status(Payment p) {
        return payments.find(p.id()).orElseThrow().status();
    }

    long credits(Payment p) {
        return payments.history(p.id()).stream().filter(t -> t.to() == PaymentStatus.SUCCEEDED).count();
    }

    @Test
    void aPaidIpnConfirmsOnceAndAReplayAnswers02WithoutASecondCredit() throws Exception {
        Payment p = start();
        assertThat(p.status()).isEqualTo(PaymentStatus.PENDING);

        assertThat(ipnOverHttp(PaymentFixture.paid(p))).isEqualTo("{\"RspCode\":\"00\",\"Message\":\"Confirm Success\"}");
        Payment paid = payments.find(p.id()).orElseThrow();
        assertThat(paid.status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(paid.gatewayTransactionNo()).isEqualTo("14226112");
        assertThat(paid.settledAt()).isNotNull();
        assertThat(payments.isPaid(p.reference())).isTrue();

        assertThat(ipnOverHttp(PaymentFixture.paid(p))).contains("\"RspCode\":\"02\"");
        assertThat(credits(p)).isEqualTo(1);
        assertThat(events.of(p.id())).singleElement().isInstanceOfSatisfying(PaymentSucceeded.class,
                e -> assertThat(e.amountVnd()).isEqualTo(25_000));
        List<PaymentTransition> history = payments.history(p.id());
        assertThat(history).extracting(PaymentTransition::to)
                .containsExactly(PaymentStatus.CREATED, PaymentStatus.PENDING, PaymentStatus.SUCCEEDED);
        assertThat(history.getLast().source()).isEqualTo(PaymentSource.IPN);
    }

    @Test
    void aForgedSignatureAnswers97AndChangesNothing() throws Exception {
        Payment p = start();
        Map<String, String> forged = new java.util.LinkedHashMap<>(PaymentFixture.paid(p));
        forged.put("vnp_SecureHash", VnpaySignature.sign("not the secret", forged));
        assertThat(ipnOverHttp(forged)).contains("\"RspCode\":\"97\"");
        Map<String, String> tampered = new java.util.LinkedHashMap<>(PaymentFixture.ipn(p, 25_000, "24", "02"));
        tampered.put("vnp_ResponseCode", "00"); // flipped after signing
        assertThat(ipnOverHttp(tampered)).contains("\"RspCode\":\"97\"");
        Map<String, String> unsigned = new java.util.LinkedHashMap<>(PaymentFixture.paid(p));
        unsigned.remove("vnp_SecureHash");
        assertThat(ipnOverHttp(unsigned)).contains("\"RspCode\":\"97\"");
        assertThat(status(p)).isEqualTo(PaymentStatus.PENDING);
        assertThat(events.of(p.id())).isEmpty();
    }

    @Test
    void anUnknownReferenceAnswers01() throws Exception {
        Payment p = start();
        Payment other = new Payment(0, "NOSUCHTXNREF0000", PaymentPurpose.DOSSIER_FEE, 0, 0, "X", 25_000, "", "VNPAY", PaymentStatus.PENDING,
                p.createdAt(), p.expiresAt(), null, null, null, 0);
        assertThat(ipnOverHttp(PaymentFixture.paid(other))).isEqualTo("{\"RspCode\":\"01\",\"Message\":\"Order not found\"}");
    }

    @Test
    void aDifferentAmountAnswers04AndIsRecordedAsAnAnomaly() throws Exception {
        Payment p = start();
        assertThat(ipnOverHttp(PaymentFixture.ipn(p, 2_500, "00", "00")))
                .isEqualTo("{\"RspCode\":\"04\",\"Message\":\"Invalid amount\"}");
        assertThat(status(p)).isEqualTo(PaymentStatus.PENDING);
        assertThat(jdbc.sql("select kind from payment_anomaly where payment_id = ?").param(p.id()).query(String.class)
                .list()).containsExactly("AMOUNT_MISMATCH");
    }

    @Test
    void onlyResponseCodeAndTransactionStatusBoth00Pay() throws Exception {
        Payment p = start();
        assertThat(ipnOverHttp(PaymentFixture.ipn(p, 25_000, "00", "02"))).contains("\"RspCode\":\"00\"");
        assertThat(status(p)).isEqualTo(PaymentStatus.FAILED);
        assertThat(events.of(p.id())).singleElement().isInstanceOf(PaymentFailed.class);
        assertThat(ipnOverHttp(PaymentFixture.paid(p))).as("a failed payment is final").contains("\"RspCode\":\"02\"");
        assertThat(payments.isPaid(p.reference())).isFalse();

        Payment cancelled = start();
        assertThat(ipnOverHttp(PaymentFixture.ipn(cancelled, 25_000, "24", "02"))).contains("\"RspCode\":\"00\"");
        assertThat(status(cancelled)).isEqualTo(PaymentStatus.FAILED);
    }

    @Test
    void concurrentDuplicateIpnsCreditExactlyOnce() throws Exception {
        Payment p = start();
        Map<String, String> params = PaymentFixture.paid(p);
        int threads = 8;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<VnpayIpn.Answer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return ipn.handle(params);
                }));
            }
            go.countDown();
            List<String> codes = new ArrayList<>();
            for (Future<VnpayIpn.Answer> answer : answers) {
                codes.add(answer.get().RspCode());
            }
            assertThat(codes).containsOnly("00", "02");
            assertThat(codes).filteredOn("00"::equals).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(credits(p)).isEqualTo(1);
        assertThat(events.of(p.id())).singleElement().isInstanceOf(PaymentSucceeded.class);
    }

    @Test
    void anOpenPaymentPastItsExpiryExpiresOnReadAndALateConfirmationStillCredits() throws Exception {
        Payment p = start();
        PaymentFixture.age(jdbc, payments, p.id(), 21 * 60); // expiry 15 min + grace 5 min are over
        assertThat(status(p)).isEqualTo(PaymentStatus.EXPIRED);
        assertThat(payments.history(p.id()).getLast().source()).isEqualTo(PaymentSource.EXPIRY);
        assertThat(events.of(p.id())).singleElement().isInstanceOf(PaymentExpired.class);

        assertThat(ipnOverHttp(PaymentFixture.ipn(p, 25_000, "24", "02"))).as("nothing to fail any more")
                .contains("\"RspCode\":\"02\"");
        assertThat(ipnOverHttp(PaymentFixture.paid(p))).as("the gateway took the money: credit it")
                .contains("\"RspCode\":\"00\"");
        assertThat(status(p)).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(jdbc.sql("select kind from payment_anomaly where payment_id = ?").param(p.id()).query(String.class)
                .list()).containsExactly("LATE_SUCCESS");
    }

    @Test
    void theExpiryJobExpiresOnlyWhatIsPastExpiryAndGrace() {
        Payment old = start();
        Payment withinGrace = start();
        Payment fresh = start();
        PaymentFixture.age(jdbc, payments, old.id(), 21 * 60);
        PaymentFixture.age(jdbc, payments, withinGrace.id(), 17 * 60);
        assertThat(reconciliation.expireDue()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("select status from payment where id = ?").param(old.id()).query(String.class).single())
                .isEqualTo("EXPIRED");
        assertThat(jdbc.sql("select status from payment where id = ?").param(withinGrace.id()).query(String.class).single())
                .isEqualTo("PENDING");
        assertThat(status(fresh)).isEqualTo(PaymentStatus.PENDING);
    }

    @Autowired
    Reconciliation reconciliation;
}
