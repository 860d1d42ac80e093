package vn.opendvc.payment;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * One application context for the payment tests: the demo (simulator on), a real server on a random port (the
 * simulator sends its IPN over HTTP), the scheduled jobs off so that tests drive them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"opendvc.demo=true",
        "opendvc.payment.reconcile-cron=-", "opendvc.payment.expiry-cron=-"})
@AutoConfigureMockMvc
@Import(RecordedPaymentEvents.class)
@Tag("persistence")
public @interface PaymentIntegration {
}
