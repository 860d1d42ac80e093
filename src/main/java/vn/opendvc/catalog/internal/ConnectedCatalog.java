package vn.opendvc.catalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.opendvc.catalog.Composition;
import vn.opendvc.catalog.ConnectedProcedures;
import vn.opendvc.catalog.Procedure;

/**
 * The connected procedures, as data ({@code catalog/connected-procedures.json}, read once): each names its connected
 * procedure by national code (or by exact name where there is none) and its members by code; ids and names are taken
 * from the catalog when asked, so a re-import of the catalog is followed.
 */
@Component
class ConnectedCatalog implements ConnectedProcedures {

    private static final String SEED = "catalog/connected-procedures.json";

    /** One composition as written in the seed file. */
    record Entry(String procedure, List<MemberEntry> members) {
    }

    record MemberEntry(String code, String agencyKind, List<String> dependsOn, Map<String, String> fields,
            Map<String, String> documents, List<Composition.HandOff> handOffs) {
    }

    private final ProcedureStore store;
    private final List<Entry> entries;

    ConnectedCatalog(ProcedureStore store, JsonMapper json) {
        this.store = store;
        try (InputStream in = new ClassPathResource(SEED).getInputStream()) {
            this.entries = json.readValue(in, new TypeReference<List<Entry>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SEED, e);
        }
    }

    @Override
    public Optional<Composition> of(long procedureId) {
        // asked on every submission: only the matching entry's members are read
        return entries.stream().filter(e -> store.configuredId(e.procedure()).filter(id -> id == procedureId)
                .isPresent()).findFirst().flatMap(e -> procedure(e.procedure()).map(p -> composition(p, e)));
    }

    @Override
    public List<Composition> all() {
        List<Composition> out = new ArrayList<>();
        for (Entry entry : entries) {
            procedure(entry.procedure()).ifPresent(p -> out.add(composition(p, entry)));
        }
        return out;
    }

    @Override
    public boolean isConnected(long procedureId) {
        return entries.stream().anyMatch(e -> store.configuredId(e.procedure()).filter(id -> id == procedureId)
                .isPresent());
    }

    private Optional<Procedure> procedure(String codeOrName) {
        return store.findByCode(codeOrName).filter(Procedure::configured)
                .or(() -> store.findConfiguredByName(codeOrName));
    }

    private Composition composition(Procedure connected, Entry entry) {
        List<Composition.Member> members = entry.members().stream().map(m -> {
            Procedure member = store.findByCode(m.code()).filter(Procedure::configured).orElseThrow(
                    () -> new IllegalStateException(SEED + ": member " + m.code() + " is not a configured procedure"));
            return new Composition.Member(m.code(), member.id(), member.name(), m.agencyKind(),
                    nonNull(m.dependsOn()), m.fields() == null ? Map.of() : m.fields(),
                    m.documents() == null ? Map.of() : m.documents(), nonNull(m.handOffs()));
        }).toList();
        return new Composition(connected.id(), connected.code(), connected.name(),
                connected.processingDays() == null ? 0 : connected.processingDays(), members);
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
