package vn.opendvc.sync.internal;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where this instance pushes its own dossiers' status: {@code opendvc.sync.hub.url} ({@code OPENDVC_SYNC_HUB_URL},
 * the hub's {@code /api/v1/sync/dossiers}) with the key the hub issued to it ({@code opendvc.sync.hub.api-key},
 * {@code OPENDVC_SYNC_HUB_API_KEY}). Without a URL nothing is pushed. A push the hub could not take is tried again
 * after {@code retry-after} (1 minute), doubling with each failure up to 64 times that.
 */
@Component
public class HubSettings {

    private final String url;
    private final String apiKey;
    private final Duration retryAfter;
    private final Duration timeout;

    HubSettings(@Value("${opendvc.sync.hub.url:${OPENDVC_SYNC_HUB_URL:}}") String url,
            @Value("${opendvc.sync.hub.api-key:${OPENDVC_SYNC_HUB_API_KEY:}}") String apiKey,
            @Value("${opendvc.sync.hub.retry-after:PT1M}") Duration retryAfter,
            @Value("${opendvc.sync.hub.timeout:PT10S}") Duration timeout) {
        this.url = url.strip();
        this.apiKey = apiKey.strip();
        this.retryAfter = retryAfter;
        this.timeout = timeout;
        if (!this.url.isEmpty() && this.apiKey.isEmpty()) {
            throw new IllegalStateException("opendvc.sync.hub.url is set without opendvc.sync.hub.api-key "
                    + "(OPENDVC_SYNC_HUB_API_KEY): the hub refuses a push without the key it issued");
        }
    }

    public boolean configured() {
        return !url.isEmpty();
    }

    public String url() {
        return url;
    }

    String apiKey() {
        return apiKey;
    }

    Duration retryAfter() {
        return retryAfter;
    }

    Duration timeout() {
        return timeout;
    }

    /** How long after its {@code attempts}-th failure a push is tried again. */
    Duration backoff(int attempts) {
        return retryAfter.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 6));
    }
}
