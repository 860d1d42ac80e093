package vn.opendvc.postal.internal;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.opendvc.web.ProviderApi;

/**
 * A VNPost-style order API: {@code POST <url>} with {@code Authorization: Bearer <api key>} and the JSON of
 * {@link Carrier.Order} ({@code senderName, senderPhone, senderAddress, receiverName, receiverPhone,
 * receiverAddress, itemCode, codAmount, serviceType, clientReference}), answered
 * {@code 2xx {"orderId", "trackingNumber"}}; failures as {@link ProviderApi} classifies them. Addresses and phone numbers are never logged.
 */
class HttpCarrier implements Carrier {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(15);

    private static final Logger log = LoggerFactory.getLogger(HttpCarrier.class);

    private final ProviderApi api;

    HttpCarrier(String url, String apiKey, Duration connectTimeout, Duration readTimeout) {
        this.api = new ProviderApi(url, apiKey, connectTimeout, readTimeout);
    }

    record Answer(String orderId, String trackingNumber) {
    }

    @Override
    public Placed place(Order order) {
        String reference = order.clientReference();
        Answer answer;
        try {
            answer = api.post(order, Answer.class);
        } catch (ProviderApi.CallFailed failed) {
            String reason = switch (failed.why()) {
                case REFUSED -> "the carrier answered HTTP " + failed.status();
                case UNREACHABLE -> "the carrier cannot be reached";
                case UNREADABLE -> "the carrier's answer cannot be read";
            };
            log.warn("Postal order {} not placed: {}{}", reference, reason, failed.permanent() ? "" : ", to retry");
            throw new CarrierFailure(reason, failed.permanent(), failed.getCause());
        }
        if (answer == null || answer.orderId() == null || answer.orderId().isBlank()
                || answer.orderId().strip().length() > 100
                || (answer.trackingNumber() != null && answer.trackingNumber().strip().length() > 100)) {
            log.warn("Postal order {}: the carrier answered without a usable order id", reference);
            throw new CarrierFailure("the carrier answered without a usable order id", true, null);
        }
        String tracking = answer.trackingNumber() == null || answer.trackingNumber().isBlank() ? null
                : answer.trackingNumber().strip();
        log.info("Postal order {} taken by the carrier as {}", reference, answer.orderId().strip());
        return new Placed(answer.orderId().strip(), tracking);
    }
}
