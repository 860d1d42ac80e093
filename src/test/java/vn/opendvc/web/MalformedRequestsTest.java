package vn.opendvc.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.opendvc.testing.ServerTest;
import vn.opendvc.web.MalformedRequests.MalformedRequest;

/**
 * Every operation of the running application's {@code /v3/api-docs}, sent the malformed requests its own description
 * suggests ({@link MalformedRequests}: invalid UTF-8 in every query and path parameter, numbers beyond their type,
 * text for numbers, impossible dates, missing required parameters and fields, oversized texts, malformed JSON,
 * non-multipart bodies), anonymously and with the bearer token of a citizen, an officer, the ADMIN and the MONITOR.
 * Each must be refused with a 4xx {@code application/problem+json} (or the operation's documented
 * {@code x-malformed-request-answer}, VNPay's {@code RspCode 99}), never a 5xx, never a redirect, and never with an
 * exception's text; only a path that is not UTF-8 gets the servlet container's bare 400, as the application never
 * sees it. A new endpoint is covered by being in the document: the last check is that every operation of the
 * document was exercised.
 */
@ServerTest
class MalformedRequestsTest {

    private static final List<String> USERS = List.of("congdan1", "motcua1", "quantri", "giamsat");
    /** What only an internal error shows: exception names, stack frames, SQL. */
    private static final List<String> LEAKS = List.of("Exception", "java.", "jakarta.", "org.springframework",
            "at vn.opendvc", "SQL", "Caused by");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @TestFactory
    Stream<DynamicTest> everyOperationRefusesMalformedRequestsWithAProblem() throws Exception {
        JsonNode document = JSON.readTree(send("GET", "/v3/api-docs", Map.of(), null).body());
        List<ApiOperation> operations = ApiOperation.all(document);
        Map<String, Optional<String>> callers = callers();
        AtomicInteger exercised = new AtomicInteger();
        Stream<DynamicTest> each = operations.stream().map(operation -> DynamicTest.dynamicTest(operation.toString(),
                () -> {
                    List<MalformedRequest> requests = MalformedRequests.of(operation);
                    assertThat(requests).as("malformed requests for " + operation).isNotEmpty();
                    List<String> faults = new ArrayList<>();
                    for (MalformedRequest request : requests) {
                        for (Map.Entry<String, Optional<String>> caller : callers.entrySet()) {
                            Map<String, String> headers = new LinkedHashMap<>(request.headers());
                            caller.getValue().ifPresent(token -> headers.put("Authorization", "Bearer " + token));
                            HttpResponse<byte[]> response = send(request.method(), request.target(), headers,
                                    request.body());
                            fault(operation, request, response).ifPresent(fault -> faults.add(
                                    request + " as " + caller.getKey() + ": " + fault));
                        }
                    }
                    exercised.incrementAndGet();
                    assertThat(faults).as("answers of " + operation + " to malformed requests").isEmpty();
                }));
        DynamicTest all = DynamicTest.dynamicTest("every operation of the document was exercised", () -> {
            assertThat(operations).hasSize((int) ApiOperation.count(document));
            assertThat(exercised.get()).isEqualTo(ApiOperation.count(document)).isGreaterThan(10);
        });
        return Stream.concat(each, Stream.of(all));
    }

    /** What is wrong with the answer to a malformed request, if anything. */
    private static Optional<String> fault(ApiOperation operation, MalformedRequest request,
            HttpResponse<byte[]> response) {
        int status = response.statusCode();
        String body = new String(response.body(), StandardCharsets.UTF_8);
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        String answer = status + " " + contentType + " " + abbreviated(body);
        if (status >= 500) {
            return Optional.of("a server error: " + answer);
        }
        if (status >= 400) {
            Optional<String> leak = LEAKS.stream().filter(body::contains).findFirst();
            if (leak.isPresent()) {
                return Optional.of("internals (" + leak.get() + ") in " + answer);
            }
        }
        if (operation.malformedAnswer().isPresent() && (status == 200 || status >= 400)) {
            return documentedAnswer(operation.malformedAnswer().get(), body) ? Optional.empty()
                    : Optional.of("not the documented answer " + operation.malformedAnswer().get() + ": " + answer);
        }
        if (request.strict() && (status < 400 || status > 499)) {
            return Optional.of("not refused: " + answer);
        }
        if (request.refusedByTheServer() && status == 400) {
            return Optional.empty();
        }
        if (status >= 400 && !contentType.startsWith("application/problem+json")) {
            return Optional.of("not a problem: " + answer);
        }
        if (status >= 400 && JSON.readTree(body).path("status").asInt() != status) {
            return Optional.of("a problem without its status: " + answer);
        }
        return Optional.empty();
    }

    private static boolean documentedAnswer(JsonNode expected, String body) {
        try {
            JsonNode actual = JSON.readTree(body);
            return expected.properties().stream()
                    .allMatch(e -> e.getValue().equals(actual.get(e.getKey())));
        } catch (RuntimeException notJson) {
            return false;
        }
    }

    private static String abbreviated(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    /** Anonymous, then a demo account of each kind with its bearer token. */
    private Map<String, Optional<String>> callers() throws Exception {
        Map<String, Optional<String>> callers = new LinkedHashMap<>();
        callers.put("anonymous", Optional.empty());
        for (String user : USERS) {
            HttpResponse<byte[]> token = send("POST", "/api/v1/auth/token", Map.of("Content-Type", "application/json"),
                    ("{\"username\":\"" + user + "\",\"password\":\"Demo@123\"}").getBytes(StandardCharsets.UTF_8));
            assertThat(token.statusCode()).as("token of " + user).isEqualTo(200);
            callers.put(user, Optional.of(JSON.readTree(token.body()).get("access_token").asString()));
        }
        return callers;
    }

    private HttpResponse<byte[]> send(String method, String target, Map<String, String> headers, byte[] body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + target))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
