package vn.opendvc.catalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.opendvc.catalog.CatalogChanged;
import vn.opendvc.catalog.CatalogImport;

/**
 * The shipped connected procedures ({@code catalog/connected-procedures.json}, the source of the ones shipped) are
 * stored when their row is absent: on the first start, and for one a later release ships. A composition an ADMIN
 * changed is kept over the file. After the catalog itself is seeded (the members are its procedures).
 */
@Component
@Order(11)
class CompositionSeed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CompositionSeed.class);
    static final String SEED = "catalog/connected-procedures.json";

    private final CompositionStore compositions;
    private final JsonMapper json;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CompositionSeed(CompositionStore compositions, JsonMapper json, TransactionTemplate transaction,
            ApplicationEventPublisher events, Clock clock) {
        this.compositions = compositions;
        this.json = json;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        List<CompositionStore.Entry> shipped;
        try (InputStream in = new ClassPathResource(SEED).getInputStream()) {
            shipped = json.readValue(in, new TypeReference<List<CompositionStore.Entry>>() { });
        }
        try {
            transaction.executeWithoutResult(status -> {
                int added = (int) shipped.stream().filter(e -> compositions.seed(e, clock.instant())).count();
                if (added > 0) {
                    events.publishEvent(new CatalogChanged("connected",
                            new CatalogImport.Report(added, 0, shipped.size() - added)));
                    log.info("Connected procedures seeded: {} of {}", added, shipped.size());
                }
            });
        } catch (DuplicateKeyException anotherNodeSeededThem) {
            log.info("Connected procedures seeded by another node");
        }
    }
}
