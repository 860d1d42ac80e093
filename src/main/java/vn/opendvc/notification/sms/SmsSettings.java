package vn.opendvc.notification.sms;


import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;

import vn.opendvc.web.DemoMode;
import vn.opendvc.web.HttpAddress;

/**
 * {@code opendvc.notification.sms.*}, each with its environment variable as a fallback so that a deployment sets
 * {@code OPENDVC_SMS_*} whether or not {@code application.yml} names them, and checked once at start-up: outside the
 * demo the application refuses to start with a provider URL but no API key, with the simulator switched on, or with a
 * guessable receipt secret.
 *
 * @param url           the provider's send endpoint; empty: no provider (the simulator in the demo, else SMS is off)
 * @param sender        the registered brandname the texts come from
 * @param asciiOnly     fold texts to ASCII before sending ({@link SmsText#forGateway})
 * @param receiptSecret shared secret of the delivery-receipt callback; empty: the callback is off
 * @param simulator     whether the built-in simulator stands in for a provider (only without a URL)
 */
record SmsSettings(String url, String apiKey, String sender, boolean asciiOnly, String receiptSecret,
        boolean simulator, boolean demo) {

    static final String URL = "${opendvc.notification.sms.url:${OPENDVC_SMS_URL:}}";
    static final String API_KEY = "${opendvc.notification.sms.api-key:${OPENDVC_SMS_API_KEY:}}";
    static final String SENDER = "${opendvc.notification.sms.sender:${OPENDVC_SMS_SENDER:OpenDVC}}";
    static final String ASCII_ONLY = "${opendvc.notification.sms.ascii-only:${OPENDVC_SMS_ASCII_ONLY:true}}";
    static final String RECEIPT_SECRET = "${opendvc.notification.sms.receipt-secret:${OPENDVC_SMS_RECEIPT_SECRET:}}";
    /** Empty: on exactly in the demo. */
    static final String SIMULATOR = "${opendvc.notification.sms.simulator:${OPENDVC_SMS_SIMULATOR:}}";

    static final int MIN_RECEIPT_SECRET_LENGTH = 16;

    private static final Logger log = LoggerFactory.getLogger(SmsSettings.class);

    /** The settings as configured, unchecked (what the bean conditions read). */
    static SmsSettings read(Environment environment) {
        boolean demo = DemoMode.on(environment);
        String simulator = environment.resolvePlaceholders(SIMULATOR).trim();
        return new SmsSettings(environment.resolvePlaceholders(URL).trim(),
                environment.resolvePlaceholders(API_KEY).trim(),
                environment.resolvePlaceholders(SENDER).trim(),
                Boolean.parseBoolean(environment.resolvePlaceholders(ASCII_ONLY).trim()),
                environment.resolvePlaceholders(RECEIPT_SECRET),
                simulator.isEmpty() ? demo : Boolean.parseBoolean(simulator),
                demo);
    }

    /** A real provider is configured. */
    boolean provider() {
        return !url.isEmpty();
    }

    /** The simulator stands in for the provider: switched on, and no provider configured. */
    boolean simulating() {
        return !provider() && simulator;
    }

    boolean receiptsOn() {
        return !receiptSecret.isEmpty();
    }

    /** The settings, or why the application must not start with them. */
    SmsSettings checked() {
        if (provider() && !HttpAddress.isAbsoluteHttp(url)) {
            throw new IllegalStateException("OPENDVC_SMS_URL (opendvc.notification.sms.url) must be an absolute"
                    + " http(s) URL, not '" + url + "'");
        }
        if (demo) {
            return this;
        }
        if (simulator) {
            throw new IllegalStateException("the SMS simulator cannot run outside the demo"
                    + " (opendvc.notification.sms.simulator): it shows every text it is given to any signed-in user");
        }
        if (provider() && apiKey.isEmpty()) {
            throw new IllegalStateException("OPENDVC_SMS_API_KEY (opendvc.notification.sms.api-key) must be set"
                    + " when OPENDVC_SMS_URL is set");
        }
        if (receiptsOn() && receiptSecret.length() < MIN_RECEIPT_SECRET_LENGTH) {
            throw new IllegalStateException("OPENDVC_SMS_RECEIPT_SECRET (opendvc.notification.sms.receipt-secret)"
                    + " must be at least " + MIN_RECEIPT_SECRET_LENGTH + " characters, or empty to turn the"
                    + " delivery-receipt callback off");
        }
        if (!provider()) {
            log.warn("No SMS provider configured (OPENDVC_SMS_URL): SMS notifications are off");
        }
        return this;
    }

    /** Neither the API key nor the secret: settings end up in logs and error pages. */
    @Override
    public String toString() {
        return "SmsSettings[url=" + url + ", sender=" + sender + ", asciiOnly=" + asciiOnly + ", receipts="
                + receiptsOn() + ", simulator=" + simulating() + ", demo=" + demo + "]";
    }

}
