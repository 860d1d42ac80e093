package vn.opendvc.notification.sms;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.opendvc.web.ProviderApi;

/**
 * A generic brandname SMS provider's JSON API: {@code POST <url>} with {@code Authorization: Bearer <api key>} and
 * {@code {"sender","phone","text","clientReference"}}, answered {@code 2xx {"messageId": "…"}}; failures as {@link ProviderApi}
 * classifies them. The phone number and the text are never logged, nor
 * put in a failure's reason (a provider's error body may echo them, so it is left out too): the client reference is.
 */
class HttpSmsGateway implements SmsGateway {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

    private static final Logger log = LoggerFactory.getLogger(HttpSmsGateway.class);

    private final String sender;
    private final boolean asciiOnly;
    private final ProviderApi api;

    HttpSmsGateway(SmsSettings settings) {
        this(settings.url(), settings.apiKey(), settings.sender(), settings.asciiOnly(), CONNECT_TIMEOUT, READ_TIMEOUT);
    }

    HttpSmsGateway(String url, String apiKey, String sender, boolean asciiOnly, Duration connectTimeout,
            Duration readTimeout) {
        this.sender = sender;
        this.asciiOnly = asciiOnly;
        this.api = new ProviderApi(url, apiKey, connectTimeout, readTimeout);
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
            answer = api.post(request, Answer.class);
        } catch (ProviderApi.CallFailed failed) {
            String reason = switch (failed.why()) {
                case REFUSED -> "the SMS provider answered HTTP " + failed.status();
                case UNREACHABLE -> "the SMS provider cannot be reached";
                case UNREADABLE -> "the SMS provider's answer cannot be read";
            };
            log.warn("SMS {} not sent: {}{}", reference, reason, failed.permanent() ? "" : ", to retry");
            throw new SmsFailure(reason, failed.permanent(), failed.getCause());
        }
        if (answer == null || answer.messageId() == null || answer.messageId().isBlank()) {
            log.warn("SMS {}: the provider answered without a message id", reference);
            throw new SmsFailure("the SMS provider answered without a message id", true, null);
        }
        log.info("SMS {} handed to the provider as {}", reference, answer.messageId());
        return answer.messageId();
    }
}
