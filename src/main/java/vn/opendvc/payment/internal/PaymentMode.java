package vn.opendvc.payment.internal;

import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.stereotype.Component;

import vn.opendvc.web.DemoMode;
import vn.opendvc.web.HttpAddress;

/**
 * Demo or production, the merchant account in use, and whether the gateway simulator runs, checked once at start-up.
 * <p>
 * The demo ({@link DemoMode}) uses the demo merchant unless another is configured, and the simulator. Outside the demo
 * the application refuses to start with the demo hash secret, with the simulator switched on, with a merchant code
 * without its secret (or the reverse) or without real gateway URLs; with no gateway configured at all it starts with
 * online payment off (a fee is still shown; paying online is refused until {@code OPENDVC_VNPAY_*} is set).
 */
@Component
public class PaymentMode {

    /** The demo merchant's hash secret, published in the issue; never valid outside the demo. */
    public static final String DEMO_HASH_SECRET = "OPENDVCDEMOSECRET0123456789ABCDEF";
    public static final String DEMO_TMN_CODE = "OPENDVC1";

    private static final Logger log = LoggerFactory.getLogger(PaymentMode.class);

    private final boolean demo;
    private final boolean simulator;
    private final boolean gateway;
    private final PaymentProperties.Vnpay merchant;

    @Autowired
    PaymentMode(Environment environment, PaymentProperties properties) {
        this(DemoMode.on(environment), properties);
    }

    PaymentMode(boolean demo, PaymentProperties properties) {
        this.demo = demo;
        this.simulator = simulator(properties.simulator().enabled(), demo);
        PaymentProperties.Vnpay vnpay = properties.vnpay();
        if (demo) {
            this.merchant = new PaymentProperties.Vnpay(orElse(vnpay.tmnCode(), DEMO_TMN_CODE),
                    orElse(vnpay.hashSecret(), DEMO_HASH_SECRET), vnpay.payUrl(), vnpay.apiUrl(), vnpay.returnUrl(),
                    vnpay.locale());
            this.gateway = true;
            return;
        }
        this.merchant = vnpay;
        if (DEMO_HASH_SECRET.equals(vnpay.hashSecret().trim())) {
            throw new IllegalStateException("OPENDVC_VNPAY_HASH_SECRET is the public demo secret: set the merchant's"
                    + " own secret (or OPENDVC_DEMO=true for a demo)");
        }
        if (simulator) {
            throw new IllegalStateException("the payment gateway simulator cannot run outside the demo"
                    + " (opendvc.payment.simulator.enabled)");
        }
        this.gateway = Stream.of(vnpay.tmnCode(), vnpay.hashSecret(), vnpay.payUrl(), vnpay.apiUrl())
                .anyMatch(value -> !value.isBlank());
        if (!gateway) {
            log.warn("No payment gateway configured (OPENDVC_VNPAY_*): online payment is off");
            return;
        }
        if (vnpay.hashSecret().isBlank() || vnpay.tmnCode().isBlank()) {
            throw new IllegalStateException("OPENDVC_VNPAY_TMN_CODE and OPENDVC_VNPAY_HASH_SECRET must be set outside the demo");
        }
        for (String url : new String[] {vnpay.payUrl(), vnpay.apiUrl(), vnpay.returnUrl()}) {
            if (!HttpAddress.isAbsoluteHttp(url.trim())) {
                throw new IllegalStateException("OPENDVC_VNPAY_PAY_URL, OPENDVC_VNPAY_API_URL and"
                        + " OPENDVC_VNPAY_RETURN_URL must be absolute http(s) URLs outside the demo, not '" + url + "'");
            }
        }
    }

    static boolean simulator(String enabled, boolean demo) {
        return enabled == null || enabled.isBlank() ? demo : Boolean.parseBoolean(enabled.trim());
    }

    private static String orElse(String value, String fallback) {
        return value.isBlank() ? fallback : value;
    }


    public boolean demo() {
        return demo;
    }

    public boolean simulator() {
        return simulator;
    }

    /** Whether payments can be made online: the demo, or a configured gateway. */
    public boolean gateway() {
        return gateway;
    }

    /** The merchant account and gateway addresses in use (in the demo, the demo merchant unless one is set). */
    PaymentProperties.Vnpay merchant() {
        return merchant;
    }

    /** Registers a bean only when the simulator runs (the same rule as {@link #simulator()}). */
    public static class SimulatorOn implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            Environment env = context.getEnvironment();
            return simulator(env.getProperty("opendvc.payment.simulator.enabled"), DemoMode.on(env));
        }
    }
}
