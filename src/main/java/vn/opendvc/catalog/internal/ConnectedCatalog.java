package vn.opendvc.catalog.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.opendvc.agency.Agency;
import vn.opendvc.agency.AgencyDirectory;
import vn.opendvc.catalog.CatalogChanged;
import vn.opendvc.catalog.CatalogImport;
import vn.opendvc.catalog.Composition;
import vn.opendvc.catalog.ConnectedProcedures;
import vn.opendvc.catalog.Procedure;
import vn.opendvc.web.Message;
import vn.opendvc.web.Problems;

/**
 * The connected procedures, as data ({@code catalog_composition}, seeded from {@code catalog/connected-procedures.json}
 * and changed by an ADMIN): each names its connected procedure by national code (or by exact name where there is none)
 * and its members by code; ids and names are taken from the catalog when asked, so a re-import of the catalog is
 * followed. The rows are kept in memory, read again after a change commits ({@link CatalogChanged}) and, for a change
 * made through another node, when their version moved.
 *
 * <p>Changing a composition does not change a dossier already submitted: the connected module keeps, per submitted
 * dossier, the composition it was submitted under (its members were created from it, its hand-offs and legal time
 * follow it). That snapshot is preferred to refusing a change while dossiers are open: a busy procedure always has
 * open dossiers, and the ADMIN's fix is for the next submissions.
 */
@Component
class ConnectedCatalog implements ConnectedProcedures {

    private record Snapshot(List<CompositionStore.Entry> entries, CompositionStore.Version version) {
    }

    private final ProcedureStore store;
    private final CompositionStore compositions;
    private final AgencyDirectory agencies;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private volatile Snapshot snapshot;

    ConnectedCatalog(ProcedureStore store, CompositionStore compositions, AgencyDirectory agencies,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.compositions = compositions;
        this.agencies = agencies;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Optional<Composition> of(long procedureId) {
        // asked on every submission: only the matching entry's members are read
        return entry(procedureId).flatMap(e -> procedure(e.procedure()).map(p -> composition(p, e)));
    }

    @Override
    public List<Composition> all() {
        List<Composition> out = new ArrayList<>();
        for (CompositionStore.Entry entry : entries()) {
            procedure(entry.procedure()).ifPresent(p -> out.add(composition(p, entry)));
        }
        return out;
    }

    @Override
    public boolean isConnected(long procedureId) {
        return entry(procedureId).isPresent();
    }

    @Override
    @Transactional
    public Composition define(long procedureId, List<Composition.MemberDefinition> members, long byAccountId) {
        Procedure parent = store.find(procedureId).filter(Procedure::configured)
                .orElseThrow(() -> Problems.notFound(Message.of("catalog.problem.procedure"), procedureId));
        Optional<CompositionStore.Entry> existing = entry(procedureId);
        Set<Long> connectedIds = entries().stream().filter(e -> existing.map(x -> x != e).orElse(true))
                .flatMap(e -> store.configuredId(e.procedure()).stream()).collect(Collectors.toSet());
        Set<String> kinds = agencies.all().stream().map(Agency::kind).collect(Collectors.toSet());
        List<Composition.MemberDefinition> list = members == null ? List.of() : members;
        Map<String, Message> errors = new CompositionRules(parent,
                code -> store.findByCode(code).filter(Procedure::configured), kinds, connectedIds).check(list);
        if (!errors.isEmpty()) {
            throw Problems.badRequest(Message.of("catalog.composition.invalid"), errors);
        }
        String key = existing.map(CompositionStore.Entry::procedure)
                .orElse(parent.code() != null ? parent.code() : parent.name());
        boolean added = compositions.save(key, list, byAccountId, clock.instant());
        events.publishEvent(new CatalogChanged("connected:" + key,
                new CatalogImport.Report(added ? 1 : 0, added ? 0 : 1, 0)));
        return composition(parent, new CompositionStore.Entry(key, list));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CatalogChanged changed) {
        reload();
    }

    /** Picks up a change made through another node. */
    @Scheduled(fixedDelayString = "${opendvc.catalog.index-check:PT1M}",
            initialDelayString = "${opendvc.catalog.index-check:PT1M}")
    void refreshIfStale() {
        Snapshot current = snapshot;
        if (current == null || !current.version().equals(compositions.version())) {
            reload();
        }
    }

    private Snapshot reload() {
        Snapshot fresh = new Snapshot(compositions.all(), compositions.version());
        snapshot = fresh;
        return fresh;
    }

    private List<CompositionStore.Entry> entries() {
        Snapshot current = snapshot;
        return (current == null ? reload() : current).entries();
    }

    private Optional<CompositionStore.Entry> entry(long procedureId) {
        return entries().stream().filter(e -> store.configuredId(e.procedure()).filter(id -> id == procedureId)
                .isPresent()).findFirst();
    }

    private Optional<Procedure> procedure(String codeOrName) {
        return store.findByCode(codeOrName).filter(Procedure::configured)
                .or(() -> store.findConfiguredByName(codeOrName));
    }

    private Composition composition(Procedure connected, CompositionStore.Entry entry) {
        List<Composition.Member> members = entry.members().stream().map(m -> {
            Procedure member = store.findByCode(m.code()).filter(Procedure::configured).orElseThrow(
                    () -> new IllegalStateException("connected procedure " + entry.procedure() + ": member "
                            + m.code() + " is not a configured procedure"));
            return new Composition.Member(m.code(), member.id(), member.name(), m.agencyKind(), m.dependsOn(),
                    m.fields(), m.documents(), m.handOffs());
        }).toList();
        return new Composition(connected.id(), connected.code(), connected.name(),
                connected.processingDays() == null ? 0 : connected.processingDays(), members);
    }
}
