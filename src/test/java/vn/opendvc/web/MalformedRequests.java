package vn.opendvc.web;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import vn.opendvc.web.ApiOperation.Body;
import vn.opendvc.web.ApiOperation.Parameter;
import vn.opendvc.web.ApiOperation.Schema;

/**
 * The malformed requests made for one operation from what its OpenAPI description says: every other part of each
 * request is well-formed (sample values for the required parameters and body fields), so the one thing wrong is the
 * thing named. A {@linkplain MalformedRequest#strict() strict} request is wrong whatever the data and must be refused
 * with a 4xx; an extreme but well-typed one (the largest {@code int}, a long text where the document sets no limit)
 * may succeed, and must never fail with a 5xx.
 */
final class MalformedRequests {

    /** Bytes that are no UTF-8: a lone continuation-less lead byte, a byte that never occurs, a broken pair. */
    static final String INVALID_UTF8 = "%FF%FE%C3%28";
    static final String INVALID_UTF8_PATH = "invalid UTF-8 in path parameter ";
    static final byte[] INVALID_UTF8_BYTES = {(byte) 0xFF, (byte) 0xFE, (byte) 0xC3, (byte) 0x28};
    /** More digits than any {@code long}. */
    static final String HUGE_INTEGER = "99999999999999999999999999999";
    /** Long enough for any stored text column, short enough for the request line (8 KB). */
    static final String LONG_URL_TEXT = "x".repeat(5_000);
    static final String LONG_BODY_TEXT = "x".repeat(100_000);

    private static final String BOUNDARY = "malformed-request-boundary";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One request: what is wrong with it, and its raw method, target (path and encoded query), headers and body. */
    record MalformedRequest(String what, String method, String target, Map<String, String> headers, byte[] body,
            boolean strict) {

        /**
         * A path that is not UTF-8 is refused by the servlet container itself (Tomcat's connector, a bare 400
         * without internals) before it is matched to the application, so no problem document can answer it.
         */
        boolean refusedByTheServer() {
            return what.startsWith(INVALID_UTF8_PATH);
        }

        @Override
        public String toString() {
            return what;
        }
    }

    private final ApiOperation operation;
    private final List<MalformedRequest> requests = new ArrayList<>();

    private MalformedRequests(ApiOperation operation) {
        this.operation = operation;
    }

    static List<MalformedRequest> of(ApiOperation operation) {
        MalformedRequests made = new MalformedRequests(operation);
        made.parameters();
        made.bodies();
        return made.requests;
    }

    private void parameters() {
        String extra = operation.parameters().stream().anyMatch(p -> p.name().equals("q")) ? "zz" : "q";
        strict("invalid UTF-8 in an undeclared query parameter '" + extra + "'", Map.of(extra, INVALID_UTF8));
        for (Parameter p : operation.parameters()) {
            Schema schema = p.schema();
            if ("object".equals(schema.type())) {
                continue; // a map of any parameters (VNPay's IPN): the undeclared parameter above is one of them
            }
            switch (p.in()) {
                case "query", "path" -> {
                    strict(p.in().equals("path") ? INVALID_UTF8_PATH + p.name()
                            : "invalid UTF-8 in query parameter " + p.name(), Map.of(p.name(), INVALID_UTF8));
                    if (schema.numeric()) {
                        strict("a number beyond any long in " + p.name(), Map.of(p.name(), HUGE_INTEGER));
                        strict("text in the number parameter " + p.name(), Map.of(p.name(), "abc"));
                        strict("the exponent 1e200000 in " + p.name(), Map.of(p.name(), "1e200000"));
                        if ("int32".equals(schema.format())) {
                            lenient("the largest int in " + p.name(), Map.of(p.name(), "2147483647"));
                            lenient("the smallest int in " + p.name(), Map.of(p.name(), "-2147483648"));
                        }
                    } else if ("boolean".equals(schema.type())) {
                        strict("a non-boolean in " + p.name(), Map.of(p.name(), "maybe"));
                    } else if (!schema.enumValues().isEmpty()) {
                        strict("a value outside the enumeration of " + p.name(), Map.of(p.name(), "no-such-value"));
                    } else if (schema.format().startsWith("date")) {
                        strict("an impossible date in " + p.name(), Map.of(p.name(), "2026-02-30"));
                    } else if ("string".equals(schema.type())) {
                        lenient("a 5,000-character " + p.name(), Map.of(p.name(), LONG_URL_TEXT));
                    }
                    if (p.required() && p.in().equals("query")) {
                        strict("missing the required parameter " + p.name(), missing(p.name()));
                    }
                }
                case "header" -> {
                    if (p.required()) {
                        requests.add(request("missing the required header " + p.name(), Map.of(),
                                headersWithout(p.name()), baseBody(), true));
                    }
                    Map<String, String> headers = baseHeaders();
                    headers.put(p.name(), LONG_URL_TEXT);
                    requests.add(request("a 5,000-character header " + p.name(), Map.of(), headers, baseBody(), true));
                }
                default -> {
                }
            }
        }
    }

    private void bodies() {
        if (operation.bodies().isEmpty()) {
            return;
        }
        if (operation.bodyRequired()) {
            strictBody("no body", contentType(operation.bodies().getFirst().mediaType()), null);
        }
        boolean json = operation.bodies().stream().anyMatch(b -> b.mediaType().contains("json"));
        for (Body body : operation.bodies()) {
            if (body.mediaType().contains("json")) {
                json(body.schema());
            } else if (body.mediaType().startsWith("multipart/")) {
                multipart(body.schema(), json);
            }
        }
    }

    private void json(Schema schema) {
        Map<String, String> json = contentType("application/json");
        strictBody("malformed JSON", json, bytes("{\"" ));
        strictBody("JSON of the wrong shape", json, bytes("object".equals(schema.type()) ? "[]" : "{}"));
        strictBody("text instead of JSON", contentType("text/plain"), bytes("x"));
        if (!"object".equals(schema.type())) {
            return;
        }
        if (!schema.required().isEmpty()) {
            strictBody("missing the required fields " + schema.required(), json, bytes("{}"));
        }
        for (Map.Entry<String, Schema> property : schema.properties().entrySet()) {
            String name = property.getKey();
            Schema field = property.getValue();
            if (field.numeric()) {
                strictBody("text in the number field " + name, json, with(schema, name, NODES.stringNode("abc")));
                strictBody("a number beyond any long in " + name, json,
                        with(schema, name, NODES.numberNode(new java.math.BigInteger(HUGE_INTEGER))));
                strictBody("the exponent 1e200000 in " + name, json, withRaw(schema, name, "1e200000"));
            } else if ("string".equals(field.type())) {
                strictBody("an object in the text field " + name, json, with(schema, name, NODES.objectNode()));
                strictBody("a 100,000-character " + name, json, with(schema, name, NODES.stringNode(LONG_BODY_TEXT)));
                strictBody("invalid UTF-8 in " + name, json, withInvalidUtf8(schema, name));
            } else if ("boolean".equals(field.type())) {
                strictBody("a non-boolean in " + name, json, with(schema, name, NODES.stringNode("maybe")));
            } else if ("array".equals(field.type())) {
                strictBody("an object in the list " + name, json, with(schema, name, NODES.objectNode()));
            } else if (field.openMap()) {
                strictBody("text instead of the map " + name, json, with(schema, name, NODES.stringNode("x")));
                strictBody("a 100,000-character value in the map " + name, json,
                        with(schema, name, NODES.objectNode().put("x", LONG_BODY_TEXT)));
                strictBody("a 5,000-character key in the map " + name, json,
                        with(schema, name, NODES.objectNode().put(LONG_URL_TEXT, "1")));
                strictBody("the exponent 1e200000 in the map " + name, json,
                        with(schema, name, NODES.objectNode().put("x", "1e200000")));
            }
        }
    }

    private void multipart(Schema schema, boolean alsoJson) {
        Map<String, String> multipart = contentType("multipart/form-data; boundary=" + BOUNDARY);
        if (!alsoJson) {
            strictBody("JSON instead of multipart", contentType("application/json"), bytes("{}"));
            strictBody("a form with invalid UTF-8 instead of multipart", contentType("application/x-www-form-urlencoded"),
                    bytes("x=" + INVALID_UTF8));
        }
        if (!schema.required().isEmpty()) {
            strictBody("multipart without the required parts " + schema.required(), multipart, noParts());
        }
        for (Map.Entry<String, Schema> property : schema.properties().entrySet()) {
            if ("string".equals(property.getValue().type()) && !"binary".equals(property.getValue().format())) {
                strictBody("a 100,000-character part " + property.getKey(), multipart,
                        parts(schema, property.getKey(), LONG_BODY_TEXT));
            }
        }
    }

    private void strict(String what, Map<String, String> query) {
        strict(what, query, true);
    }

    private void strict(String what, Map<String, String> values, boolean strict) {
        requests.add(request(what, values, baseHeaders(), baseBody(), strict));
    }

    private void lenient(String what, Map<String, String> values) {
        strict(what, values, false);
    }

    private void strictBody(String what, Map<String, String> headers, byte[] body) {
        Map<String, String> all = baseHeaders();
        all.putAll(headers);
        requests.add(request(what, Map.of(), all, body, true));
    }

    /** Marks a query parameter to leave out. */
    private static Map<String, String> missing(String name) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(name, null);
        return values;
    }

    /**
     * @param raw path and query values already encoded for the URL, overriding the samples; a {@code null} value
     *            leaves the query parameter out
     */
    private MalformedRequest request(String what, Map<String, String> raw, Map<String, String> headers, byte[] body,
            boolean strict) {
        String path = operation.path();
        Map<String, String> query = new LinkedHashMap<>();
        for (Parameter p : operation.parameters()) {
            String value = raw.containsKey(p.name()) ? raw.get(p.name()) : encode(sample(p.schema()));
            if (p.in().equals("path")) {
                path = path.replace("{" + p.name() + "}", value);
            } else if (p.in().equals("query") && (p.required() || raw.containsKey(p.name())) && value != null) {
                query.put(p.name(), value);
            }
        }
        raw.forEach((name, value) -> {
            if (value != null && operation.parameters().stream().noneMatch(p -> p.name().equals(name))) {
                query.put(name, value);
            }
        });
        String target = query.isEmpty() ? path : path + "?" + query.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
        return new MalformedRequest(what, operation.method(), target, headers, body, strict);
    }

    private Map<String, String> baseHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Parameter p : operation.parameters()) {
            if (p.in().equals("header") && p.required()) {
                headers.put(p.name(), "malformed-" + java.util.UUID.randomUUID());
            }
        }
        if (!operation.bodies().isEmpty()) {
            String mediaType = operation.bodies().getFirst().mediaType();
            headers.put("Content-Type", mediaType.startsWith("multipart/")
                    ? "multipart/form-data; boundary=" + BOUNDARY : mediaType);
        }
        return headers;
    }

    private Map<String, String> headersWithout(String name) {
        Map<String, String> headers = baseHeaders();
        headers.remove(name);
        return headers;
    }

    /** The sample body of the first media type, for requests whose malformed part is elsewhere. */
    private byte[] baseBody() {
        if (operation.bodies().isEmpty()) {
            return null;
        }
        Body body = operation.bodies().getFirst();
        if (body.mediaType().startsWith("multipart/")) {
            return parts(body.schema(), null, null);
        }
        return bytes(JSON.writeValueAsString(sampleJson(body.schema())));
    }

    private static Map<String, String> contentType(String mediaType) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", mediaType);
        return headers;
    }

    static String sample(Schema schema) {
        if (!schema.enumValues().isEmpty()) {
            return schema.enumValues().getFirst();
        }
        return switch (schema.type()) {
            case "integer", "number" -> "1";
            case "boolean" -> "true";
            default -> switch (schema.format()) {
                case "date" -> "2026-01-02";
                case "date-time" -> "2026-01-02T03:04:05Z";
                default -> "x";
            };
        };
    }

    private static JsonNode sampleJson(Schema schema) {
        return switch (schema.type()) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                schema.required().forEach(name -> {
                    Schema field = schema.properties().get(name);
                    object.set(name, field == null ? NODES.stringNode("x") : sampleJson(field));
                });
                yield object;
            }
            case "array" -> NODES.arrayNode();
            case "integer", "number" -> NODES.numberNode(1);
            case "boolean" -> NODES.booleanNode(true);
            default -> NODES.stringNode(sample(schema));
        };
    }

    private static byte[] with(Schema schema, String name, JsonNode value) {
        ObjectNode object = (ObjectNode) sampleJson(schema);
        object.set(name, value);
        return bytes(JSON.writeValueAsString(object));
    }

    /** A field whose value is written as is, e.g. a number no Java type holds. */
    private static byte[] withRaw(Schema schema, String name, String rawValue) {
        ObjectNode object = (ObjectNode) sampleJson(schema);
        object.put(name, "\u0000raw\u0000");
        return bytes(JSON.writeValueAsString(object).replace("\"\\u0000raw\\u0000\"", rawValue));
    }

    private static byte[] withInvalidUtf8(Schema schema, String name) {
        ObjectNode object = (ObjectNode) sampleJson(schema);
        object.put(name, "\u0000bytes\u0000");
        String[] around = JSON.writeValueAsString(object).split("\\\\u0000bytes\\\\u0000", 2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bytes(around[0]));
        out.writeBytes(INVALID_UTF8_BYTES);
        out.writeBytes(bytes(around[1]));
        return out.toByteArray();
    }

    /** The required parts with sample values (a small text file for a binary one), one of them replaced. */
    private static byte[] parts(Schema schema, String replaced, String value) {
        Map<String, String> parts = new LinkedHashMap<>();
        for (String name : schema.required()) {
            Schema field = schema.properties().get(name);
            parts.put(name, field == null ? "x" : sample(field));
        }
        if (replaced != null) {
            parts.put(replaced, value);
        }
        Map<String, Boolean> files = new LinkedHashMap<>();
        schema.properties().forEach((name, field) -> files.put(name, "binary".equals(field.format())));
        StringBuilder body = new StringBuilder();
        parts.forEach((name, text) -> {
            body.append("--").append(BOUNDARY).append("\r\n");
            if (files.getOrDefault(name, false)) {
                body.append("Content-Disposition: form-data; name=\"").append(name)
                        .append("\"; filename=\"x.txt\"\r\nContent-Type: text/plain\r\n\r\nx\r\n");
            } else {
                body.append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                        .append(text).append("\r\n");
            }
        });
        body.append("--").append(BOUNDARY).append("--\r\n");
        return bytes(body.toString());
    }

    private static byte[] noParts() {
        return bytes("--" + BOUNDARY + "--\r\n");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
