package vn.opendvc.postal.internal;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;

import vn.opendvc.web.DemoMode;
import vn.opendvc.web.HttpAddress;

/**
 * {@code opendvc.postal.*}, each with its environment variable as a fallback (as the SMS settings), checked once at
 * start-up. Which carrier there is: the configured one ({@link HttpCarrier}) when a URL is set; otherwise, in the demo,
 * the simulator; otherwise none, and delivery by post is not offered. Outside the demo the application refuses to
 * start with a carrier URL but no API key or no callback secret, or with the demo's published callback secret.
 *
 * @param url               {@code OPENDVC_POSTAL_URL}: the carrier's order endpoint; empty: no carrier
 * @param apiKey            {@code OPENDVC_POSTAL_API_KEY}: sent as a bearer token with each order
 * @param callbackSecret    {@code OPENDVC_POSTAL_CALLBACK_SECRET}: shared secret of the tracking callback (header
 *                          {@code X-OpenDVC-Postal-Secret}); in the demo {@link #DEMO_CALLBACK_SECRET} unless set;
 *                          empty outside the demo: the callback is off
 * @param inProvinceVnd     postage when the address is in the agency's province ({@code opendvc.postal.rate-in-province})
 * @param otherProvinceVnd  postage to another province ({@code opendvc.postal.rate-other-province})
 * @param prepaid           the agency pays the postage under its contract with the carrier: nothing is collected from
 *                          the citizen (COD 0); otherwise the postman collects the postage at delivery (COD = postage)
 *                          and at a collection from home
 * @param serviceType       the carrier's service code sent with each order
 * @param retryInterval     an order the carrier could not take is sent again after this
 * @param attempts          how many times an order is sent before it is given up (the citizen may choose again)
 */
record PostalSettings(String url, String apiKey, String callbackSecret, long inProvinceVnd, long otherProvinceVnd,
        boolean prepaid, String serviceType, Duration retryInterval, int attempts, boolean demo) {

    /** The demo's callback secret, published here; never accepted outside the demo. */
    static final String DEMO_CALLBACK_SECRET = "opendvc-demo-postal-callback";
    static final int MIN_CALLBACK_SECRET_LENGTH = 16;

    static final String URL = "${opendvc.postal.url:${OPENDVC_POSTAL_URL:}}";
    static final String API_KEY = "${opendvc.postal.api-key:${OPENDVC_POSTAL_API_KEY:}}";
    static final String CALLBACK_SECRET = "${opendvc.postal.callback-secret:${OPENDVC_POSTAL_CALLBACK_SECRET:}}";
    static final String RATE_IN_PROVINCE = "${opendvc.postal.rate-in-province:${OPENDVC_POSTAL_RATE_IN_PROVINCE:25000}}";
    static final String RATE_OTHER_PROVINCE =
            "${opendvc.postal.rate-other-province:${OPENDVC_POSTAL_RATE_OTHER_PROVINCE:35000}}";
    static final String PREPAID = "${opendvc.postal.prepaid:${OPENDVC_POSTAL_PREPAID:false}}";
    static final String SERVICE_TYPE = "${opendvc.postal.service-type:${OPENDVC_POSTAL_SERVICE_TYPE:HCC}}";
    static final String RETRY_INTERVAL = "${opendvc.postal.retry-interval:PT5M}";
    static final String ATTEMPTS = "${opendvc.postal.attempts:6}";

    private static final Logger log = LoggerFactory.getLogger(PostalSettings.class);

    /** The settings as configured, unchecked (what the bean conditions read). */
    static PostalSettings read(Environment environment) {
        boolean demo = DemoMode.on(environment);
        String secret = environment.resolvePlaceholders(CALLBACK_SECRET).strip();
        return new PostalSettings(environment.resolvePlaceholders(URL).strip(),
                environment.resolvePlaceholders(API_KEY).strip(),
                secret.isEmpty() && demo ? DEMO_CALLBACK_SECRET : secret,
                amount(environment, RATE_IN_PROVINCE), amount(environment, RATE_OTHER_PROVINCE),
                Boolean.parseBoolean(environment.resolvePlaceholders(PREPAID).strip()),
                environment.resolvePlaceholders(SERVICE_TYPE).strip(),
                Duration.parse(environment.resolvePlaceholders(RETRY_INTERVAL).strip()),
                Integer.parseInt(environment.resolvePlaceholders(ATTEMPTS).strip()),
                demo);
    }

    private static long amount(Environment environment, String placeholder) {
        String value = environment.resolvePlaceholders(placeholder).strip();
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("postal rates are whole đồng: " + placeholder + " is '" + value + "'");
        }
    }

    /** A real carrier is configured. */
    boolean carrier() {
        return !url.isEmpty();
    }

    /** The simulator stands in for the carrier: the demo, with no carrier configured. */
    boolean simulating() {
        return !carrier() && demo;
    }

    /** Delivery by post can be offered. */
    boolean available() {
        return carrier() || simulating();
    }

    boolean callbackOn() {
        return !callbackSecret.isEmpty();
    }

    /** The settings, or why the application must not start with them. */
    PostalSettings checked() {
        if (carrier() && !HttpAddress.isAbsoluteHttp(url)) {
            throw new IllegalStateException("OPENDVC_POSTAL_URL (opendvc.postal.url) must be an absolute http(s) URL,"
                    + " not '" + url + "'");
        }
        if (inProvinceVnd < 0 || otherProvinceVnd < 0 || attempts < 1 || retryInterval.isNegative()
                || retryInterval.isZero()) {
            throw new IllegalStateException("opendvc.postal rates must be >= 0, attempts >= 1 and retry-interval"
                    + " positive");
        }
        if (demo) {
            return this;
        }
        if (DEMO_CALLBACK_SECRET.equals(callbackSecret)) {
            throw new IllegalStateException("OPENDVC_POSTAL_CALLBACK_SECRET is the public demo secret: set a secret"
                    + " of your own (or OPENDVC_DEMO=true for a demo)");
        }
        if (callbackOn() && callbackSecret.length() < MIN_CALLBACK_SECRET_LENGTH) {
            throw new IllegalStateException("OPENDVC_POSTAL_CALLBACK_SECRET (opendvc.postal.callback-secret) must be"
                    + " at least " + MIN_CALLBACK_SECRET_LENGTH + " characters");
        }
        if (carrier() && (apiKey.isEmpty() || !callbackOn())) {
            throw new IllegalStateException("OPENDVC_POSTAL_API_KEY and OPENDVC_POSTAL_CALLBACK_SECRET must be set"
                    + " when OPENDVC_POSTAL_URL is set: the carrier's tracking would never come back");
        }
        if (!carrier()) {
            log.warn("No postal carrier configured (OPENDVC_POSTAL_URL): delivery of results by post is not offered");
        }
        return this;
    }

    /** Neither the API key nor the secret: settings end up in logs and error pages. */
    @Override
    public String toString() {
        return "PostalSettings[url=" + url + ", callback=" + callbackOn() + ", rates=" + inProvinceVnd + "/"
                + otherProvinceVnd + ", prepaid=" + prepaid + ", simulator=" + simulating() + ", demo=" + demo + "]";
    }

}
