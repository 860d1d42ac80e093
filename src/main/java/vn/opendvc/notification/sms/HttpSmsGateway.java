package vn.opendvc.notification.sms;

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
 * A generic brandname SMS provider's JSON API: {@code POST <url>} with {@code Authorization: Bearer <api key>} and
 * {@code {"sender","phone","text","clientReference"}}, answered {@code 2xx {"messageId": "…"}}. Unreachable, timed out,
 * 5xx, 408 and 429 are worth retrying; any other refusal is not. The phone number and the text are never logged, nor
 * put in a failure's reason (a provider's error body may echo them, so it is left out too): the client reference is.
 */
class HttpSmsGateway implements SmsGateway {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

    private static final Logger log = LoggerFactory.getLogger(HttpSmsGateway.class);

    private final String url;
    private final String apiKey;
    private final String sender;
    private final boolean asciiOnly;
    private final RestClient rest;

    HttpSmsGateway(SmsSettings settings) {
        this(settings.url(), settings.apiKey(), settings.sender(), settings.asciiOnly(), CONNECT_TIMEOUT, READ_TIMEOUT);
    }

    HttpSmsGateway(String url, String apiKey, String sender, boolean asciiOnly, Duration connectTimeout,
            Duration readTimeout) {
        this.url = url;
        this.apiKey = apiKey;
        this.sender = sender;
        this.asciiOnly = asciiOnly;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(connectTimeout).build());
        requests.setReadTimeout(readTimeout);
        this.rest = RestClient.builder().requestFactory(requests).build();
    }

    record Request(String sender, String phone, String text, String clientReference) {
    }

    record Answer(String messageId) {
    }

    @Override
    public String send(SmsMessage message) {
        String reference = message.clientReference();
        String phone = PhoneNumbers.international(message.phone())
                .orElseThrow(() -> new SmsFailure("not a Vietnamese phone number", true, null));
        Request request = new Request(sender, phone, SmsText.forGateway(message.text(), asciiOnly), reference);
        Answer answer;
        try {
            answer = rest.post().uri(url)
                    .headers(headers -> headers.setBearerAuth(apiKey))
                    .contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON)
                    .body(request)
                    .retrieve()
                    .body(Answer.class);
        } catch (RestClientResponseException refused) {
            int status = refused.getStatusCode().value();
            boolean permanent = status >= 400 && status < 500 && status != 408 && status != 429;
            log.warn("SMS {} refused by the provider: HTTP {}{}", reference, status, permanent ? "" : ", to retry");
            throw new SmsFailure("the SMS provider answered HTTP " + status, permanent, null);
        } catch (ResourceAccessException unreachable) {
            log.warn("SMS {} not sent: the provider cannot be reached ({})", reference,
                    unreachable.getMostSpecificCause().toString());
            throw new SmsFailure("the SMS provider cannot be reached", false, unreachable);
        } catch (RestClientException unreadable) {
            // 2xx (or 3xx) but not the JSON agreed on: the provider or the URL is wrong, which retrying will not fix
            log.warn("SMS {}: the provider's answer is not the JSON expected", reference);
            throw new SmsFailure("the SMS provider's answer cannot be read", true, null);
        }
        if (answer == null || answer.messageId() == null || answer.messageId().isBlank()) {
            log.warn("SMS {}: the provider answered without a message id", reference);
            throw new SmsFailure("the SMS provider answered without a message id", true, null);
        }
        log.info("SMS {} handed to the provider as {}", reference, answer.messageId());
        return answer.messageId();
    }
}
