package vn.opendvc.catalog.internal;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.opendvc.catalog.CatalogImport;

/**
 * Loads the shipped catalog at every start: the national reference entries, then the configured procedures that
 * replace them. Idempotent, so a restart only compares digests; then the search index is built.
 */
@Component
@Order(10)
class CatalogSeed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CatalogSeed.class);

    private final CatalogImport catalog;
    private final ProcedureIndex index;
    private final TransactionTemplate transaction;

    CatalogSeed(CatalogImport catalog, ProcedureIndex index, TransactionTemplate transaction) {
        this.catalog = catalog;
        this.index = index;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        long started = System.nanoTime();
        transaction.executeWithoutResult(status -> {
            try {
                CatalogImport.Report reference = catalog.importReference(
                        new ClassPathResource("seed/national-catalog.jsonl").getInputStream());
                CatalogImport.Report configured = catalog.importConfigured(
                        new ClassPathResource("seed/procedures.json").getInputStream());
                log.info("Catalog import: reference {}, configured {} in {} ms", reference, configured,
                        (System.nanoTime() - started) / 1_000_000);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        index.refreshIfStale();
    }
}
