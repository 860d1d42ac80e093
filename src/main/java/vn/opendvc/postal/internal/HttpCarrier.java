package vn.opendvc.postal.internal;

import java.net.http.HttpClient;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * A VNPost-style order API: {@code POST <url>} with {@code Authorization: Bearer <api key>} and the JSON of
 * {@link Carrier.Order} ({@code senderName, senderPhone, senderAddress, receiverName, receiverPhone,
 * receiverAddress, itemCode, codAmount, serviceType, clientReference}), answered
 * {@code 2xx {"orderId", "trackingNumber"}}. Unreachable, timed out, 5xx, 408 and 429 are worth retrying; any other
 * refusal is not. Addresses and phone numbers are never logged.
 */
class HttpCarrier implements Carrier {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(15);

    private static final Logger log = LoggerFactory.getLogger(HttpCarrier.class);

    private final String url;
    private final String apiKey;
    private final RestClient rest;

    HttpCarrier(String url, String apiKey, Duration connectTimeout, Duration readTimeout) {
        this.url = url;
        this.apiKey = apiKey;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(connectTimeout).build());
        requests.setReadTimeout(readTimeout);
        this.rest = RestClient.builder().requestFactory(requests).build();
    }

    record Answer(String orderId, String trackingNumber) {
    }

    @Override
    public Placed place(Order order) {
        String reference = order.clientReference();
        Answer answer;
        try {
            answer = rest.post().uri(url)
                    .headers(headers -> headers.setBearerAuth(apiKey))
                    .contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON)
                    .body(order)
                    .retrieve()
                    .body(Answer.class);
        } catch (RestClientResponseException refused) {
            int status = refused.getStatusCode().value();
            boolean permanent = status >= 400 && status < 500 && status != 408 && status != 429;
            log.warn("Postal order {} refused by the carrier: HTTP {}{}", reference, status,
                    permanent ? "" : ", to retry");
            throw new CarrierFailure("the carrier answered HTTP " + status, permanent, null);
        } catch (ResourceAccessException unreachable) {
            log.warn("Postal order {} not placed: the carrier cannot be reached ({})", reference,
                    unreachable.getMostSpecificCause().toString());
            throw new CarrierFailure("the carrier cannot be reached", false, unreachable);
        } catch (RestClientException unreadable) {
            // 2xx but not the JSON agreed on: the carrier or the URL is wrong, which retrying will not fix
            log.warn("Postal order {}: the carrier's answer is not the JSON expected", reference);
            throw new CarrierFailure("the carrier's answer cannot be read", true, null);
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
