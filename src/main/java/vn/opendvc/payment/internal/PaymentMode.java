package vn.opendvc.payment.internal;

import java.net.URI;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.stereotype.Component;

/**
 * Demo or production, and whether the gateway simulator runs, checked once at start-up.
 * <p>
 * Demo follows the application's rule: {@code opendvc.demo} when set, otherwise on exactly with the embedded H2
 * database. Outside the demo the application refuses to start with the demo hash secret, without a merchant code or
 * secret, with the simulator switched on, or without real gateway URLs.
 */
@Component
public class PaymentMode {

    /** The demo merchant's hash secret, published in the issue; never valid outside the demo. */
    public static final String DEMO_HASH_SECRET = "OPENDVCDEMOSECRET0123456789ABCDEF";
    public static final String DEMO_TMN_CODE = "OPENDVC1";

    private final boolean demo;
    private final boolean simulator;

    @Autowired
    PaymentMode(Environment environment, PaymentProperties properties) {
        this(environment.getProperty("opendvc.demo"), environment.getProperty("spring.datasource.url"), properties);
    }

    PaymentMode(String demoFlag, String datasourceUrl, PaymentProperties properties) {
        this.demo = demo(demoFlag, datasourceUrl);
        this.simulator = simulator(properties.simulator().enabled(), demo);
        if (!demo) {
            PaymentProperties.Vnpay vnpay = properties.vnpay();
            if (DEMO_HASH_SECRET.equals(vnpay.hashSecret().trim())) {
                throw new IllegalStateException("OPENDVC_VNPAY_HASH_SECRET is the public demo secret: set the merchant's"
                        + " own secret (or OPENDVC_DEMO=true for a demo)");
            }
            if (vnpay.hashSecret().isBlank() || vnpay.tmnCode().isBlank()) {
                throw new IllegalStateException("OPENDVC_VNPAY_TMN_CODE and OPENDVC_VNPAY_HASH_SECRET must be set outside the demo");
            }
            if (simulator) {
                throw new IllegalStateException("the payment gateway simulator cannot run outside the demo"
                        + " (opendvc.payment.simulator.enabled)");
            }
            for (String url : new String[] {vnpay.payUrl(), vnpay.apiUrl(), vnpay.returnUrl()}) {
                if (!absoluteHttp(url)) {
                    throw new IllegalStateException("OPENDVC_VNPAY_PAY_URL, OPENDVC_VNPAY_API_URL and"
                            + " OPENDVC_VNPAY_RETURN_URL must be absolute http(s) URLs outside the demo, not '" + url + "'");
                }
            }
        }
    }

    static boolean demo(String flag, String datasourceUrl) {
        if (flag != null && !flag.isBlank()) {
            return Boolean.parseBoolean(flag.trim());
        }
        return datasourceUrl == null || datasourceUrl.isBlank() || datasourceUrl.startsWith("jdbc:h2:");
    }

    static boolean simulator(String enabled, boolean demo) {
        return enabled == null || enabled.isBlank() ? demo : Boolean.parseBoolean(enabled.trim());
    }

    private static boolean absoluteHttp(String url) {
        try {
            URI uri = URI.create(url.trim());
            return uri.getHost() != null && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public boolean demo() {
        return demo;
    }

    public boolean simulator() {
        return simulator;
    }

    /** Registers a bean only when the simulator runs (the same rule as {@link #simulator()}). */
    public static class SimulatorOn implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            Environment env = context.getEnvironment();
            return simulator(env.getProperty("opendvc.payment.simulator.enabled"),
                    demo(env.getProperty("opendvc.demo"), env.getProperty("spring.datasource.url")));
        }
    }
}
