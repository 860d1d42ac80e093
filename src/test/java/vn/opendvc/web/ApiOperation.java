package vn.opendvc.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * One operation of the OpenAPI document, with what is needed to build requests for it: its parameters, the media
 * types and schemas of its body, and the answer it documents for a malformed request when that is not a problem
 * (the extension {@code x-malformed-request-answer}, e.g. VNPay's IPN answering {@code {"RspCode":"99"}}).
 */
record ApiOperation(String method, String path, List<Parameter> parameters, List<Body> bodies, boolean bodyRequired,
        Optional<JsonNode> malformedAnswer) {

    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    record Parameter(String name, String in, boolean required, Schema schema) {
    }

    record Body(String mediaType, Schema schema) {
    }

    /** A schema with its {@code $ref}s resolved against the document. */
    record Schema(JsonNode node, JsonNode document) {

        Schema {
            int depth = 0;
            while (node.has("$ref") && depth++ < 10) {
                String ref = node.get("$ref").asString();
                JsonNode target = document;
                for (String part : ref.substring(2).split("/")) {
                    target = target.path(part);
                }
                node = target;
            }
        }

        String type() {
            if (node.has("type")) {
                JsonNode type = node.get("type");
                return type.isArray() ? type.get(0).asString() : type.asString();
            }
            return node.has("properties") || node.has("additionalProperties") ? "object" : "string";
        }

        String format() {
            return node.path("format").asString("");
        }

        boolean numeric() {
            return "integer".equals(type()) || "number".equals(type());
        }

        List<String> enumValues() {
            List<String> values = new ArrayList<>();
            node.path("enum").values().forEach(v -> values.add(v.asString()));
            return values;
        }

        Map<String, Schema> properties() {
            Map<String, Schema> properties = new java.util.LinkedHashMap<>();
            node.path("properties").forEachEntry((name, schema) -> properties.put(name, new Schema(schema, document)));
            return properties;
        }

        Set<String> required() {
            Set<String> required = new LinkedHashSet<>();
            node.path("required").values().forEach(v -> required.add(v.asString()));
            return required;
        }

        Optional<Schema> items() {
            return node.has("items") ? Optional.of(new Schema(node.get("items"), document)) : Optional.empty();
        }

        /** A free-form map such as a dossier's form data. */
        boolean openMap() {
            return node.has("additionalProperties") && !node.get("additionalProperties").isBoolean();
        }
    }

    /** Every operation of the document, in its order. */
    static List<ApiOperation> all(JsonNode document) {
        List<ApiOperation> operations = new ArrayList<>();
        document.path("paths").forEachEntry((path, item) -> item.forEachEntry((method, operation) -> {
            if (!METHODS.contains(method)) {
                return;
            }
            List<Parameter> parameters = new ArrayList<>();
            List<JsonNode> declared = new ArrayList<>(item.path("parameters").values());
            declared.addAll(operation.path("parameters").values());
            for (JsonNode p : declared) {
                JsonNode parameter = new Schema(p, document).node();
                parameters.add(new Parameter(parameter.get("name").asString(), parameter.get("in").asString(),
                        parameter.path("required").asBoolean(false),
                        new Schema(parameter.path("schema"), document)));
            }
            List<Body> bodies = new ArrayList<>();
            JsonNode requestBody = new Schema(operation.path("requestBody"), document).node();
            requestBody.path("content").forEachEntry((mediaType, content) ->
                    bodies.add(new Body(mediaType, new Schema(content.path("schema"), document))));
            operations.add(new ApiOperation(method.toUpperCase(java.util.Locale.ROOT), path, parameters, bodies,
                    requestBody.path("required").asBoolean(false),
                    Optional.ofNullable(operation.get("x-malformed-request-answer"))));
        }));
        return operations;
    }

    /** How many operations the document declares, counted apart from {@link #all}. */
    static long count(JsonNode document) {
        return document.path("paths").values().stream()
                .mapToLong(item -> item.propertyNames().stream().filter(METHODS::contains).count())
                .sum();
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
