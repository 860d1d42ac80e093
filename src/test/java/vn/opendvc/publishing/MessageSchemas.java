package vn.opendvc.publishing;

import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;

/** The published JSON Schemas ({@code src/main/resources/publishing/schema/}), as a consumer would validate with. */
public final class MessageSchemas {

    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private MessageSchemas() {
    }

    /** What is wrong with {@code message} by the schema {@code name} ({@code dossier-status-v1}, …); empty when valid. */
    public static List<Error> errors(String name, JsonNode message) {
        return SCHEMAS.getSchema(SchemaLocation.of("classpath:publishing/schema/" + name + ".json")).validate(message);
    }
}
