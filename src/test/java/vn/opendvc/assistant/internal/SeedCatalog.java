package vn.opendvc.assistant.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.opendvc.catalog.OnlineLevel;
import vn.opendvc.catalog.Procedure;

/**
 * The shipped catalog (the national reference entries and the configured procedures that take over the entry with the
 * same code) read straight from the seed files, as the catalog imports them: the whole 5,689 procedures without
 * starting the application.
 */
final class SeedCatalog {

    private static List<Procedure> procedures;

    static synchronized List<Procedure> procedures() {
        if (procedures == null) {
            procedures = read();
        }
        return procedures;
    }

    private static List<Procedure> read() {
        JsonMapper json = JsonMapper.builder().build();
        Map<String, Procedure> byKey = new LinkedHashMap<>();
        long[] id = {1};
        try (InputStream in = resource("seed/national-catalog.jsonl")) {
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode r = json.readTree(line);
                List<String> categories = strings(r.get("categories"));
                byKey.put(r.get("code").asString(), new Procedure(id[0]++, r.get("code").asString(),
                        r.get("name").asString(), categories.isEmpty() ? null : categories.getFirst(), null, null,
                        null, null, null, null, null, false, null, List.of(), List.of(), categories,
                        strings(r.get("departments")), text(r, "promulgatedBy"), strings(r.get("targets")), null));
            }
            try (InputStream configured = resource("seed/procedures.json")) {
                for (JsonNode r : json.readTree(configured)) {
                    String code = text(r, "code");
                    Procedure reference = code == null ? null : byKey.get(code);
                    List<Procedure.RequiredDocument> documents = new ArrayList<>();
                    for (JsonNode d : r.get("documents")) {
                        documents.add(new Procedure.RequiredDocument(d.get("name").asString(),
                                d.get("required").asBoolean()));
                    }
                    Procedure p = new Procedure(reference == null ? id[0]++ : reference.id(), code,
                            r.get("name").asString(), text(r, "field"), text(r, "level"), text(r, "agencyKind"),
                            text(r, "agency"), r.get("processingDays").asDouble(), r.get("feeVnd").asLong(),
                            text(r, "feeNote"), OnlineLevel.valueOf(r.get("onlineLevel").asString()), true,
                            text(r, "resultType"), documents, List.of(),
                            reference == null ? List.of() : reference.categories(),
                            reference == null ? List.of() : reference.departments(), null,
                            reference == null ? List.of() : reference.targets(), text(r, "source"));
                    byKey.put(code == null ? "name:" + p.name() : code, p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(byKey.values());
    }

    private static InputStream resource(String name) {
        return SeedCatalog.class.getClassLoader().getResourceAsStream(name);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> out.add(n.asString()));
        }
        return out;
    }

    private SeedCatalog() {
    }
}
