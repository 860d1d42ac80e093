package vn.opendvc.web;

import java.net.http.HttpClient;
import java.time.Duration;

import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * An outside provider's JSON API (an SMS provider, a postal carrier, the sync hub): {@code POST <url>} with
 * {@code Authorization: Bearer <api key>} (or the key in a header of its own), with connect and read timeouts, and
 * one rule for what a failure means:
 * unreachable, timed out, 5xx, 408 and 429 are worth retrying; any other refusal, or a 2xx that is not the JSON agreed
 * on, is not. A failure never carries the provider's answer body, which may echo personal data.
 */
public final class ProviderApi {

    private final String url;
    private final String apiKey;
    private final String keyHeader;
    private final RestClient rest;

    /** A provider that takes its key as a bearer token. */
    public ProviderApi(String url, String apiKey, Duration connectTimeout, Duration readTimeout) {
        this(url, null, apiKey, connectTimeout, readTimeout);
    }

    /** @param keyHeader the header that carries the key (such as {@code X-API-Key}); {@code null}: a bearer token */
    public ProviderApi(String url, String keyHeader, String apiKey, Duration connectTimeout, Duration readTimeout) {
        this.url = url;
        this.keyHeader = keyHeader;
        this.apiKey = apiKey;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(connectTimeout).build());
        requests.setReadTimeout(readTimeout);
        this.rest = RestClient.builder().requestFactory(requests).build();
    }

    /**
     * @return the answer as JSON of {@code answer}, or {@code null} for an empty body
     * @throws CallFailed when the provider refused, could not be reached or answered what cannot be read
     */
    public <T> T post(Object body, Class<T> answer) {
        try {
            return rest.post().uri(url)
                    .headers(headers -> {
                        if (keyHeader == null) {
                            headers.setBearerAuth(apiKey);
                        } else {
                            headers.set(keyHeader, apiKey);
                        }
                    })
                    .contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON)
                    .body(body)
                    .retrieve()
                    .body(answer);
        } catch (RestClientResponseException refused) {
            throw new CallFailed(CallFailed.Why.REFUSED, refused.getStatusCode().value(), null);
        } catch (ResourceAccessException unreachable) {
            throw new CallFailed(CallFailed.Why.UNREACHABLE, 0, unreachable);
        } catch (RestClientException unreadable) {
            throw new CallFailed(CallFailed.Why.UNREADABLE, 0, null);
        }
    }

    /** Why a call failed; {@code status} is the HTTP status of a refusal, 0 otherwise. */
    public static final class CallFailed extends RuntimeException {

        public enum Why {
            REFUSED, UNREACHABLE, UNREADABLE
        }

        private final Why why;
        private final int status;

        CallFailed(Why why, int status, Throwable cause) {
            super(why + (status == 0 ? "" : " " + status), cause);
            this.why = why;
            this.status = status;
        }

        public Why why() {
            return why;
        }

        public int status() {
            return status;
        }

        /** Trying again cannot help: a refusal other than 408 and 429 below 500, or an unreadable answer. */
        public boolean permanent() {
            return why == Why.UNREADABLE
                    || (why == Why.REFUSED && status >= 400 && status < 500 && status != 408 && status != 429);
        }
    }
}
