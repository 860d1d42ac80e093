package vn.opendvc.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Demo or production, and what production refuses to start with. */
class PaymentModeTest {

    static PaymentProperties properties(String secret, String simulator, String payUrl) {
        return new PaymentProperties(Duration.ofMinutes(15), Duration.ofMinutes(5), Duration.ofMinutes(10), Map.of(),
                new PaymentProperties.Vnpay("MERCHANT1", secret, payUrl, "https://merchant.example/api/transaction",
                        "https://dvc.example.vn/payments/vnpay/return", "vn"),
                new PaymentProperties.Simulator(simulator, "", Duration.ofSeconds(20)));
    }

    static final String POSTGRES = "jdbc:postgresql://db/opendvc";
    static final String PAY = "https://pay.example/vpcpay.html";

    @Test
    void productionRefusesTheDemoSecret() {
        assertThatThrownBy(() -> new PaymentMode("false", POSTGRES, properties(PaymentMode.DEMO_HASH_SECRET, "", PAY)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("demo secret");
        assertThatThrownBy(() -> new PaymentMode("", POSTGRES, properties(" " + PaymentMode.DEMO_HASH_SECRET, "", PAY)))
                .as("PostgreSQL without OPENDVC_DEMO is production").isInstanceOf(IllegalStateException.class);
    }

    @Test
    void productionRefusesTheSimulatorAnEmptySecretAndRelativeGatewayUrls() {
        assertThatThrownBy(() -> new PaymentMode("false", POSTGRES, properties("s3cr3t-of-the-merchant", "true", PAY)))
                .hasMessageContaining("simulator");
        assertThatThrownBy(() -> new PaymentMode("false", POSTGRES, properties("", "", PAY)))
                .hasMessageContaining("must be set");
        assertThatThrownBy(() -> new PaymentMode("false", POSTGRES, properties("s3cr3t-of-the-merchant", "", "")))
                .hasMessageContaining("absolute");
    }

    @Test
    void productionStartsWithItsOwnSecretAndUrls() {
        PaymentMode mode = new PaymentMode("false", POSTGRES, properties("s3cr3t-of-the-merchant", "", PAY));
        assertThat(mode.demo()).isFalse();
        assertThat(mode.simulator()).isFalse();
    }

    @Test
    void theDemoRunsOnH2WithTheDemoSecretAndTheSimulator() {
        PaymentMode mode = new PaymentMode("", "jdbc:h2:file:./data/opendvc", properties(PaymentMode.DEMO_HASH_SECRET, "", ""));
        assertThat(mode.demo()).isTrue();
        assertThat(mode.simulator()).isTrue();
        assertThat(new PaymentMode("true", POSTGRES, properties(PaymentMode.DEMO_HASH_SECRET, "false", "")).simulator())
                .isFalse();
    }
}
