package vn.opendvc.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

import vn.opendvc.payment.Payment;
import vn.opendvc.payment.PaymentRefunded;
import vn.opendvc.payment.PaymentRefused;
import vn.opendvc.payment.PaymentStarted;
import vn.opendvc.payment.PaymentStatus;
import vn.opendvc.payment.PaymentSucceeded;
import vn.opendvc.payment.Payments;
import vn.opendvc.testing.RecordedPaymentEvents;
import vn.opendvc.testing.ServerTest;

/** Idempotent creation, the signed redirect, refusals, refunds. */
@ServerTest
class PaymentsTest {

    static final long PAYER = 900_002;

    @Autowired
    Payments payments;
    @Autowired
    VnpayIpn ipn;
    @Autowired
    RecordedPaymentEvents events;

    @Test
    void theSameKeyAndRequestGiveTheSameAnswer() {
        long reference = PaymentFixture.reference();
        PaymentStarted first = payments.start("key-" + reference, reference, PAYER, "DNG-HAICHAU", 5_000,
                "Nộp lệ phí đăng ký thường trú", "203.113.1.10");
        PaymentStarted again = payments.start("key-" + reference, reference, PAYER, "DNG-HAICHAU", 5_000,
                "Nộp lệ phí đăng ký thường trú", "10.0.0.9");
        assertThat(again).isEqualTo(first);
        assertThat(payments.forReference(reference)).hasSize(1);
        assertThat(first.amountVnd()).isEqualTo(5_000);
        assertThat(first.redirectUrl()).startsWith("/payments/simulator/pay?")
                .contains("vnp_Amount=500000", "vnp_Command=pay", "vnp_CurrCode=VND", "vnp_TmnCode=OPENDVC1",
                        "vnp_Version=2.1.0", "vnp_IpAddr=203.113.1.10", "vnp_Locale=vn",
                        "vnp_OrderInfo=Nop+le+phi+dang+ky+thuong+tru", "vnp_ReturnUrl=%2Fpayments%2Fvnpay%2Freturn",
                        "vnp_SecureHash=");
        Payment payment = payments.find(first.paymentId()).orElseThrow();
        assertThat(first.redirectUrl()).contains("vnp_TxnRef=" + payment.txnRef(),
                "vnp_CreateDate=" + Vnpay.date(payment.createdAt()), "vnp_ExpireDate=" + Vnpay.date(payment.expiresAt()));
        assertThat(java.time.Duration.between(payment.createdAt(), payment.expiresAt())).hasMinutes(15);
    }

    @Test
    void aDifferentRequestUnderAUsedKeyIsAConflict() {
        long reference = PaymentFixture.reference();
        payments.start("k-" + reference, reference, PAYER, "DNG-HAICHAU", 5_000, "Lệ phí", "127.0.0.1");
        PaymentRefused refused = catchThrowableOfType(PaymentRefused.class,
                () -> payments.start("k-" + reference, reference, PAYER, "DNG-HAICHAU", 6_000, "Lệ phí", "127.0.0.1"));
        assertThat(refused.reason()).isEqualTo(PaymentRefused.IDEMPOTENCY_KEY_REUSED);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody().getType().toString()).isEqualTo("urn:opendvc:problem:idempotency-key-reused");
        assertThat(payments.forReference(reference)).hasSize(1);
        long another = PaymentFixture.reference(); // one open payment per reference: the other payer pays another
        assertThat(payments.start("k-" + reference, another, PAYER + 1, "DNG-HAICHAU", 6_000, "Lệ phí", "127.0.0.1")
                .paymentId()).as("keys belong to their payer").isNotNull();
    }

    @Test
    void aPaidReferenceCannotBePaidAgainAndBadInputIsRefused() {
        Payment p = PaymentFixture.start(payments, PAYER, "DNG-HAICHAU", 7_000);
        assertThat(ipn.handle(PaymentFixture.paid(p)).RspCode()).isEqualTo("00");
        PaymentRefused refused = catchThrowableOfType(PaymentRefused.class, () -> payments.start("another",
                p.reference(), PAYER, "DNG-HAICHAU", 7_000, "Lệ phí", "127.0.0.1"));
        assertThat(refused.reason()).isEqualTo(PaymentRefused.ALREADY_PAID);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        long reference = PaymentFixture.reference();
        for (Runnable bad : new Runnable[] {
                () -> payments.start("k", reference, PAYER, "DNG-HAICHAU", 0, "Lệ phí", "127.0.0.1"),
                () -> payments.start(" ", reference, PAYER, "DNG-HAICHAU", 1_000, "Lệ phí", "127.0.0.1"),
                () -> payments.start("k é", reference, PAYER, "DNG-HAICHAU", 1_000, "Lệ phí", "127.0.0.1"),
                () -> payments.start("k", reference, PAYER, "", 1_000, "Lệ phí", "127.0.0.1"),
                () -> payments.start("k", reference, PAYER, "DNG-HAICHAU", 1_000, "Lệ phí", "not an ip")}) {
            assertThatThrownBy(bad::run).isInstanceOfSatisfying(PaymentRefused.class,
                    e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST));
        }
        assertThat(payments.forReference(reference)).isEmpty();
    }

    @Test
    void aSucceededPaymentCanBeRefundedOnce() {
        Payment p = PaymentFixture.start(payments, PAYER, "DNG-HAICHAU", 8_000);
        assertThatThrownBy(() -> payments.refund(p.id(), "Hoàn tiền")).as("not paid yet")
                .isInstanceOf(IllegalStateException.class);
        ipn.handle(PaymentFixture.paid(p));
        assertThat(payments.refund(p.id(), "Hồ sơ bị từ chối, hoàn phí").status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(payments.isPaid(p.reference())).isFalse();
        assertThatThrownBy(() -> payments.refund(p.id(), "again")).isInstanceOf(IllegalStateException.class);
        assertThat(events.of(p.id())).hasExactlyElementsOfTypes(PaymentSucceeded.class, PaymentRefunded.class);
    }
}
