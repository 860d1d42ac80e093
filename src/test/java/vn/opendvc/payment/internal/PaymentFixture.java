package vn.opendvc.payment.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.opendvc.payment.Payment;
import vn.opendvc.payment.PaymentStarted;
import vn.opendvc.payment.Payments;

/** Starting payments and forging the gateway's messages the way VNPay signs them. */
final class PaymentFixture {

    static final String SECRET = PaymentMode.DEMO_HASH_SECRET;
    /** References unique across the test run (the H2 database is shared by every test class). */
    private static final AtomicLong REFERENCES = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L * 10);

    private PaymentFixture() {
    }

    static long reference() {
        return REFERENCES.incrementAndGet();
    }

    static Payment start(Payments payments, long payer, String agency, long amount) {
        PaymentStarted started = payments.start(UUID.randomUUID().toString(), reference(), payer, agency, amount,
                "Nộp lệ phí hồ sơ", "127.0.0.1");
        return payments.find(started.paymentId()).orElseThrow();
    }

    /** IPN parameters for a payment, signed with the demo secret. */
    static Map<String, String> ipn(Payment payment, long amountVnd, String responseCode, String transactionStatus) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("vnp_Amount", Long.toString(amountVnd * 100));
        p.put("vnp_BankCode", "NCB");
        p.put("vnp_CardType", "ATM");
        p.put("vnp_OrderInfo", "Nop le phi ho so");
        p.put("vnp_PayDate", "20261122140500");
        p.put("vnp_ResponseCode", responseCode);
        p.put("vnp_TmnCode", PaymentMode.DEMO_TMN_CODE);
        p.put("vnp_TransactionNo", "14226112");
        p.put("vnp_TransactionStatus", transactionStatus);
        p.put("vnp_TxnRef", payment.txnRef());
        p.put("vnp_SecureHash", VnpaySignature.sign(SECRET, p));
        return p;
    }

    static Map<String, String> paid(Payment payment) {
        return ipn(payment, payment.amountVnd(), "00", "00");
    }

    /** Moves a payment's creation and expiry times {@code seconds} into the past. */
    static void age(JdbcClient jdbc, Payments payments, long paymentId, long seconds) {
        Payment p = payments.find(paymentId).orElseThrow();
        jdbc.sql("update payment set created_at = ?, expires_at = ? where id = ?")
                .params(java.sql.Timestamp.from(p.createdAt().minusSeconds(seconds)),
                        java.sql.Timestamp.from(p.expiresAt().minusSeconds(seconds)), paymentId)
                .update();
    }
}
