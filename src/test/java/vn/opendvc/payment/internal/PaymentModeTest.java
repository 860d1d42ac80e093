package vn.opendvc.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.ObjectProvider;

import vn.opendvc.payment.Payment;
import vn.opendvc.payment.PaymentPurpose;
import vn.opendvc.payment.PaymentGateway;
import vn.opendvc.payment.PaymentRefused;
import vn.opendvc.payment.PaymentStatus;

/** Demo or production, and what production refuses to start with. */
class PaymentModeTest {

    static PaymentProperties properties(String secret, String simulator, String payUrl) {
        return properties("MERCHANT1", secret, simulator, payUrl, "https://merchant.example/api/transaction");
    }

    static PaymentProperties properties(String tmnCode, String secret, String simulator, String payUrl, String apiUrl) {
        return new PaymentProperties(Duration.ofMinutes(15), Duration.ofMinutes(5), Duration.ofMinutes(10), Map.of(),
                new PaymentProperties.Vnpay(tmnCode, secret, payUrl, apiUrl,
                        "https://dvc.example.vn/payments/vnpay/return", "vn"),
                new PaymentProperties.Simulator(simulator, "", Duration.ofSeconds(20)));
    }

    static final String PAY = "https://pay.example/vpcpay.html";

    @Test
    void productionRefusesTheDemoSecret() {
        assertThatThrownBy(() -> new PaymentMode(false, properties(PaymentMode.DEMO_HASH_SECRET, "", PAY)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("demo secret");
        assertThatThrownBy(() -> new PaymentMode(false, properties(" " + PaymentMode.DEMO_HASH_SECRET, "", PAY)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new PaymentMode(false, properties("", PaymentMode.DEMO_HASH_SECRET, "", "", "")))
                .as("the demo secret alone, without any gateway address").hasMessageContaining("demo secret");
    }

    @Test
    void productionRefusesTheSimulatorAnEmptySecretAndRelativeGatewayUrls() {
        assertThatThrownBy(() -> new PaymentMode(false, properties("s3cr3t-of-the-merchant", "true", PAY)))
                .hasMessageContaining("simulator");
        assertThatThrownBy(() -> new PaymentMode(false, properties("", "", PAY)))
                .hasMessageContaining("must be set");
        assertThatThrownBy(() -> new PaymentMode(false, properties("s3cr3t-of-the-merchant", "", "")))
                .hasMessageContaining("absolute");
    }

    @Test
    void productionStartsWithItsOwnSecretAndUrls() {
        PaymentMode mode = new PaymentMode(false, properties("s3cr3t-of-the-merchant", "", PAY));
        assertThat(mode.demo()).isFalse();
        assertThat(mode.simulator()).isFalse();
        assertThat(mode.gateway()).isTrue();
        assertThat(mode.merchant().hashSecret()).isEqualTo("s3cr3t-of-the-merchant");
    }

    @Test
    void productionWithoutAnyGatewayStartsWithOnlinePaymentOff() {
        PaymentMode mode = new PaymentMode(false, properties("", "", "", "", ""));
        assertThat(mode.gateway()).isFalse();
        assertThat(mode.simulator()).isFalse();
        assertThat(mode.merchant().hashSecret()).isEmpty();
    }

    @Test
    void withoutAGatewayPayingOnlineIsRefusedAndNoCallbackIsValid() {
        @SuppressWarnings("unchecked")
        ObjectProvider<GatewaySimulator> none = Mockito.mock(ObjectProvider.class);
        VnpayGateway gateway = new VnpayGateway(new PaymentMode(false, properties("", "", "", "", "")), none,
                Clock.systemUTC());
        Instant created = Instant.parse("2026-11-23T02:30:00Z");
        Payment payment = new Payment(1, "DVC0000000001", PaymentPurpose.DOSSIER_FEE, 123, 9, "DNG-HAICHAU", 25_000, "Nộp lệ phí hồ sơ 123",
                "VNPAY", PaymentStatus.PENDING, created, created.plusSeconds(900), null, null, null, 0);

        assertThatThrownBy(() -> gateway.redirectUrl(payment, "203.113.1.10")).isInstanceOfSatisfying(
                PaymentRefused.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(PaymentRefused.GATEWAY_UNAVAILABLE);
                    assertThat(refused.getStatusCode().value()).isEqualTo(503);
                });
        assertThat(gateway.verify(Map.of("vnp_TmnCode", "", "vnp_TxnRef", "DVC0000000001", "vnp_ResponseCode", "00",
                "vnp_TransactionStatus", "00", "vnp_SecureHash", "")).signatureValid()).isFalse();
        assertThat(gateway.query(payment).outcome()).isEqualTo(PaymentGateway.Outcome.ERROR);
    }

    @Test
    void theDemoUsesTheDemoMerchantAndTheSimulatorUnlessToldOtherwise() {
        PaymentMode mode = new PaymentMode(true, properties("", "", "", "", ""));
        assertThat(mode.demo()).isTrue();
        assertThat(mode.simulator()).isTrue();
        assertThat(mode.gateway()).isTrue();
        assertThat(mode.merchant().tmnCode()).isEqualTo(PaymentMode.DEMO_TMN_CODE);
        assertThat(mode.merchant().hashSecret()).isEqualTo(PaymentMode.DEMO_HASH_SECRET);
        assertThat(new PaymentMode(true, properties(PaymentMode.DEMO_HASH_SECRET, "false", "")).simulator()).isFalse();
    }
}
