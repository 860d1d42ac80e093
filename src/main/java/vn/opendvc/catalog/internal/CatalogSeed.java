package vn.opendvc.catalog.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.opendvc.catalog.CatalogImport;
import vn.opendvc.files.Sha256;

/**
 * Loads the shipped catalog: the national reference entries, then the configured procedures that replace them.
 * The import is idempotent anyway; a seed unchanged since its last import is not even read again. Then the search
 * index is built.
 */
@Component
@Order(10)
class CatalogSeed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CatalogSeed.class);

    private static final String REFERENCE = "seed/national-catalog.jsonl";
    private static final String CONFIGURED = "seed/procedures.json";

    private final CatalogImport catalog;
    private final ProcedureIndex index;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;

    CatalogSeed(CatalogImport catalog, ProcedureIndex index, TransactionTemplate transaction, JdbcClient jdbc) {
        this.catalog = catalog;
        this.index = index;
        this.transaction = transaction;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        long started = System.nanoTime();
        byte[] reference = new ClassPathResource(REFERENCE).getContentAsByteArray();
        byte[] configured = new ClassPathResource(CONFIGURED).getContentAsByteArray();
        String digest = Sha256.hex(Sha256.hex(reference) + Sha256.hex(configured));
        String imported = jdbc.sql("select digest from catalog_seed where id = 1").query(String.class).optional()
                .orElse(null);
        if (digest.equals(imported)) {
            log.info("Catalog seed unchanged since its last import: nothing to import");
        } else {
            transaction.executeWithoutResult(status -> {
                CatalogImport.Report ref = catalog.importReference(new ByteArrayInputStream(reference));
                CatalogImport.Report conf = catalog.importConfigured(new ByteArrayInputStream(configured));
                Timestamp now = Timestamp.from(Instant.now());
                if (jdbc.sql("update catalog_seed set digest = ?, imported_at = ? where id = 1").params(digest, now)
                        .update() == 0) {
                    jdbc.sql("insert into catalog_seed (id, digest, imported_at) values (1, ?, ?)").params(digest, now)
                            .update();
                }
                log.info("Catalog import: reference {}, configured {} in {} ms", ref, conf,
                        (System.nanoTime() - started) / 1_000_000);
            });
        }
        index.refreshIfStale();
    }
}
