package vn.opendvc.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The check runs at start-up: a production context with the demo secret does not start. */
class PaymentModeStartupTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(PaymentProperties.class)
    static class Properties {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Properties.class, PaymentMode.class)
            .withPropertyValues("opendvc.payment.vnpay.tmn-code=MERCHANT1",
                    "opendvc.payment.vnpay.pay-url=https://pay.example/vpcpay.html",
                    "opendvc.payment.vnpay.api-url=https://merchant.example/api/transaction",
                    "opendvc.payment.vnpay.return-url=https://dvc.example.vn/payments/vnpay/return");

    @Test
    void productionWithTheDemoSecretRefusesToStart() {
        runner.withPropertyValues("opendvc.demo=false",
                        "opendvc.payment.vnpay.hash-secret=" + PaymentMode.DEMO_HASH_SECRET)
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("demo secret");
                });
        runner.withPropertyValues("spring.datasource.url=jdbc:postgresql://db/opendvc", "opendvc.demo=",
                        "opendvc.payment.vnpay.hash-secret=" + PaymentMode.DEMO_HASH_SECRET)
                .run(context -> assertThat(context).as("PostgreSQL, OPENDVC_DEMO unset").hasFailed());
    }

    @Test
    void theEmbeddedDatabaseIsNoDemo() {
        runner.withPropertyValues("spring.datasource.url=jdbc:h2:file:./data/opendvc", "opendvc.demo=",
                        "opendvc.payment.vnpay.hash-secret=" + PaymentMode.DEMO_HASH_SECRET)
                .run(context -> {
                    assertThat(context).as("H2, OPENDVC_DEMO unset").hasFailed();
                    assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("demo secret");
                });
    }

    @Test
    void theDemoProfileIsTheDemo() {
        new ApplicationContextRunner().withUserConfiguration(Properties.class, PaymentMode.class)
                .withPropertyValues("opendvc.demo=", "spring.profiles.active=demo")
                .run(context -> {
                    PaymentMode mode = context.getBean(PaymentMode.class);
                    assertThat(mode.demo()).isTrue();
                    assertThat(mode.merchant().hashSecret()).isEqualTo(PaymentMode.DEMO_HASH_SECRET);
                });
    }

    @Test
    void productionWithItsOwnSecretStartsAndTheDemoWithTheDemoSecret() {
        runner.withPropertyValues("opendvc.demo=false", "opendvc.payment.vnpay.hash-secret=merchant-own-secret")
                .run(context -> assertThat(context.getBean(PaymentMode.class).simulator()).isFalse());
        runner.withPropertyValues("opendvc.demo=true", "opendvc.payment.vnpay.hash-secret=" + PaymentMode.DEMO_HASH_SECRET)
                .run(context -> assertThat(context.getBean(PaymentMode.class).simulator()).isTrue());
    }
}
