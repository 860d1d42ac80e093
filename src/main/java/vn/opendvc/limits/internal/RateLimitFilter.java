package vn.opendvc.limits.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

import io.github.bucket4j.ConsumptionProbe;
import tools.jackson.databind.json.JsonMapper;
import vn.opendvc.web.Message;
import vn.opendvc.web.Problems;
import vn.opendvc.web.Translations;

/**
 * Counts each {@link LimitedRequest} against its buckets and answers 429 with {@code Retry-After} when one is empty:
 * an RFC 9457 problem for the API, the error page with the message for pages. It runs before the security filters, so
 * that a password is not even checked once the limit is reached.
 */
final class RateLimitFilter extends OncePerRequestFilter {

    /** Request attribute with the seconds to wait, shown by the error page. */
    static final String RETRY_AFTER_ATTRIBUTE = "opendvcRetryAfterSeconds";

    private final List<LimitedRequest> limited;
    private final BucketStore buckets;
    private final Translations translations;
    private final JsonMapper json;

    RateLimitFilter(List<LimitedRequest> limited, BucketStore buckets, Translations translations, JsonMapper json) {
        this.limited = List.copyOf(limited);
        this.buckets = buckets;
        this.translations = translations;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        for (LimitedRequest rule : limited) {
            if (rule.matches(request)) {
                Optional<Duration> wait = waitFor(rule, request);
                if (wait.isPresent()) {
                    tooMany(rule, request, response, wait.get());
                    return;
                }
                break;
            }
        }
        chain.doFilter(request, response);
    }

    /** Takes a token for every key of the request; the longest wait of an empty bucket, if any. */
    private Optional<Duration> waitFor(LimitedRequest rule, HttpServletRequest request) {
        Duration longest = null;
        for (LimitedRequest.Counter counter : rule.counters()) {
            Optional<String> key = counter.key().apply(request);
            if (key.isEmpty()) {
                continue;
            }
            ConsumptionProbe probe = buckets.take(counter.name() + "@" + counter.limit().id() + ":" + key.get(),
                    counter.limit().bucket());
            if (!probe.isConsumed()) {
                Duration wait = Duration.ofNanos(probe.getNanosToWaitForRefill());
                longest = longest == null || wait.compareTo(longest) > 0 ? wait : longest;
            }
        }
        return Optional.ofNullable(longest);
    }

    private void tooMany(LimitedRequest rule, HttpServletRequest request, HttpServletResponse response, Duration wait)
            throws IOException {
        // whole seconds, rounded up: a client that waits exactly this long finds a token
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        Message detail = Message.of("limits.too-many-requests.detail", seconds);
        if (!rule.api()) {
            request.setAttribute(RETRY_AFTER_ATTRIBUTE, seconds);
            response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
            return;
        }
        ProblemDetail problem = translations.problem(Problems.problem(HttpStatus.TOO_MANY_REQUESTS,
                "too-many-requests", Message.of("limits.too-many-requests.title"), detail), request);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("instance", request.getRequestURI());
        body.put("retryAfterSeconds", seconds);
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setCharacterEncoding("UTF-8");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), body);
    }
}
