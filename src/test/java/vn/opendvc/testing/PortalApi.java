package vn.opendvc.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.opendvc.catalog.Procedure;

/**
 * The REST API of a running portal seen from outside, over real HTTP: what the tests of the packaged application
 * ({@link PackagedApplication}) call. One instance per thread of load is fine; it keeps no state but its base address.
 */
public final class PortalApi {

    /** An answer: its status and body (JSON when there is one). */
    public record Answer(int status, String body) {

        public boolean ok() {
            return status / 100 == 2;
        }

        public JsonNode json() {
            return JSON.readTree(body);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public PortalApi(URI base) {
        this.base = base;
    }

    /** {@code POST /api/v1/auth/token}; the bearer header value, or {@code null} when refused. */
    public String token(String username, String password) throws IOException, InterruptedException {
        Answer answer = tokenAnswer(username, password);
        return answer.ok() ? "Bearer " + answer.json().get("access_token").asString() : null;
    }

    public Answer tokenAnswer(String username, String password) throws IOException, InterruptedException {
        return postJson("/api/v1/auth/token", null, Map.of("username", username, "password", password));
    }

    public Answer get(String path, String bearer) throws IOException, InterruptedException {
        return send(request(path, bearer).GET().build());
    }

    public Answer postJson(String path, String bearer, Object body) throws IOException, InterruptedException {
        return send(request(path, bearer).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
    }

    public Answer post(String path, String bearer) throws IOException, InterruptedException {
        return send(request(path, bearer).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    /** {@link #postJson(String, String, Object)} with an {@code Idempotency-Key}. */
    public Answer postJson(String path, String bearer, Object body, String idempotencyKey)
            throws IOException, InterruptedException {
        return send(request(path, bearer).header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
    }

    /** {@link #post(String, String)} with an {@code Idempotency-Key}. */
    public Answer post(String path, String bearer, String idempotencyKey) throws IOException, InterruptedException {
        return send(request(path, bearer).header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    /** The configured procedure with this national code, as {@code GET /api/v1/procedures/{id}} shows it. */
    public Procedure procedure(String code) throws IOException, InterruptedException {
        Answer found = get("/api/v1/procedures?q=" + query(code), null);
        for (JsonNode item : found.json().get("items")) {
            if (code.equals(item.get("code").asString())) {
                return JSON.treeToValue(get("/api/v1/procedures/" + item.get("id").asLong(), null).json(),
                        Procedure.class);
            }
        }
        throw new IllegalStateException("procedure " + code + " not found: " + found.body());
    }

    /** A multipart form with text fields and one file part named {@code file}. */
    public Answer postFile(String path, String bearer, Map<String, String> fields, String fileName, String type,
            byte[] content) throws IOException, InterruptedException {
        String boundary = "----opendvc" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + field.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path, bearer).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    public static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder request(String path, String bearer) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        return bearer == null ? builder : builder.header("Authorization", bearer);
    }

    private Answer send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(response.statusCode(), response.body());
    }
}
