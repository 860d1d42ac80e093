package vn.opendvc.assistant.internal;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.opendvc.catalog.CatalogChanged;
import vn.opendvc.catalog.Procedure;
import vn.opendvc.catalog.ProcedureCatalog;
import vn.opendvc.catalog.ProcedureQuery;
import vn.opendvc.catalog.ProcedureSummary;

/**
 * The assistant's own index of the catalog, read through the catalog's API (every procedure, page by page) after the
 * catalog's seed at start-up and again whenever the catalog changes. Searches keep the index they started with.
 */
@Component
@Order(20)
class CatalogCopy implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CatalogCopy.class);

    private final ProcedureCatalog catalog;
    private final Lexicon lexicon = Lexicon.load();
    private volatile Understanding understanding;
    /** The seed's imports at start-up are read once, by {@link #run}, not once per import. */
    private volatile boolean started;

    CatalogCopy(ProcedureCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * Builds the first index on a thread of its own, off the start path (reading the whole catalog through its API
     * takes seconds): the application is ready meanwhile, and a question asked before the index is there waits for
     * it ({@link #understanding()}).
     */
    @Override
    public void run(ApplicationArguments args) {
        started = true;
        Thread.ofPlatform().name("assistant-index").daemon().start(() -> {
            try {
                understanding();
            } catch (RuntimeException e) {
                log.warn("Assistant index not built at start-up (built on the first question or the next check)", e);
            }
        });
    }

    @ApplicationModuleListener
    void on(CatalogChanged changed) {
        if (started) {
            rebuild();
        }
    }

    /**
     * Also catches an import whose event reached this listener before the catalog's own index had refreshed, and
     * imports made through another node. Runs on every node, never under a cluster lock: each node keeps its own
     * index in memory.
     */
    @Scheduled(fixedDelayString = "${opendvc.assistant.index-check:PT1M}",
            initialDelayString = "${opendvc.assistant.index-check:PT1M}")
    void refreshIfStale() {
        Understanding current = understanding;
        long total = catalog.search(new ProcedureQuery(null, null, null, null, null, null, 0, 1)).total();
        if (current == null || current.size() != total) {
            rebuild();
        }
    }

    synchronized void rebuild() {
        long started = System.nanoTime();
        List<Procedure> procedures = new ArrayList<>();
        for (int page = 0; page <= ProcedureQuery.MAX_PAGE; page++) {
            var result = catalog.search(new ProcedureQuery(null, null, null, null, null, null, page,
                    ProcedureQuery.MAX_SIZE));
            for (ProcedureSummary summary : result.items()) {
                catalog.find(summary.id()).ifPresent(procedures::add);
            }
            if ((long) (page + 1) * ProcedureQuery.MAX_SIZE >= result.total()) {
                break;
            }
        }
        understanding = new Understanding(lexicon, new AssistantIndex(procedures, lexicon));
        log.info("Assistant index: {} procedures in {} ms", procedures.size(), (System.nanoTime() - started) / 1_000_000);
    }

    /** The current index; the first call builds it, or waits for the build started at start-up. */
    Understanding understanding() {
        Understanding current = understanding;
        if (current == null) {
            synchronized (this) {
                if (understanding == null) {
                    rebuild();
                }
                current = understanding;
            }
        }
        return current;
    }
}
