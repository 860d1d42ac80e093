package vn.opendvc.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.opendvc.catalog.CatalogImport;
import vn.opendvc.catalog.ProcedureCatalog;
import vn.opendvc.testing.ApplicationTest;

/** A restart with the same shipped seed imports nothing, so what an ADMIN re-imported since stays as it is. */
@ApplicationTest
class CatalogSeedTest {

    /** A procedure no other test looks at. */
    static final String CODE = "1.010039";

    @Autowired
    CatalogSeed seed;
    @Autowired
    CatalogImport imports;
    @Autowired
    ProcedureCatalog catalog;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    @Test
    void anUnchangedSeedIsNotImportedAgainAndKeepsTheAdminsChanges() throws Exception {
        byte[] shipped = new ClassPathResource("seed/procedures.json").getContentAsByteArray();
        ArrayNode procedures = (ArrayNode) json.readTree(shipped);
        for (var node : procedures) {
            if (CODE.equals(node.get("code").asString())) {
                ((ObjectNode) node).put("feeNote", "Điều chỉnh của quản trị viên");
            }
        }
        try {
            imports.importConfigured(new ByteArrayInputStream(json.writeValueAsBytes(procedures)));
            assertThat(catalog.findByCode(CODE).orElseThrow().feeNote()).isEqualTo("Điều chỉnh của quản trị viên");
            java.sql.Timestamp lastChange = jdbc.sql("select max(updated_at) from catalog_procedure").query((rs, n) -> rs.getTimestamp(1)).single();

            seed.run(null); // what a restart does

            assertThat(catalog.findByCode(CODE).orElseThrow().feeNote()).isEqualTo("Điều chỉnh của quản trị viên");
            assertThat(jdbc.sql("select max(updated_at) from catalog_procedure").query((rs, n) -> rs.getTimestamp(1)).single())
                    .isEqualTo(lastChange);
        } finally {
            imports.importConfigured(new ByteArrayInputStream(shipped));
        }
        assertThat(catalog.findByCode(CODE).orElseThrow().feeNote())
                .isNotEqualTo("Điều chỉnh của quản trị viên");
    }

    @Test
    void theSeedDigestIsRecorded() {
        String digest = jdbc.sql("select digest from catalog_seed where id = 1").query(String.class).single();
        assertThat(digest).hasSize(64).matches("[0-9a-f]+");
    }
}
