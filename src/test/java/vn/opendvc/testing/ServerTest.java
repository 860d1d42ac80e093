package vn.opendvc.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a real server at a random port, in one application context shared by the payment tests
 * (the gateway simulator sends its IPN over HTTP) and the browser tests ({@link BrowserTest}): the demo, so the
 * simulator is on; the payment's scheduled jobs off, so that tests drive reconciliation and expiry themselves; and
 * the {@link RecordedPaymentEvents}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"opendvc.demo=true",
        "opendvc.payment.reconcile-cron=-", "opendvc.payment.expiry-cron=-"})
@AutoConfigureMockMvc
@Import({RecordedPaymentEvents.class, MockMvcSessions.class})
@Tag("persistence")
public @interface ServerTest {
}
