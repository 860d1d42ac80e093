package vn.opendvc.assistant.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.opendvc.catalog.CatalogChanged;
import vn.opendvc.catalog.Procedure;
import vn.opendvc.catalog.ProcedureCatalog;
import vn.opendvc.catalog.ProcedureQuery;

/** The assistant's copy of the catalog follows the catalog: read page by page through its API, again on a change. */
class CatalogCopyTest {

    /** A catalog that lists what it holds, as the real one pages through its procedures. */
    static final class ListedCatalog implements ProcedureCatalog {

        final List<Procedure> procedures = new ArrayList<>();

        @Override
        public Optional<Procedure> find(long id) {
            return procedures.stream().filter(p -> p.id() == id).findFirst();
        }

        @Override
        public Optional<Procedure> findByCode(String code) {
            return procedures.stream().filter(p -> code.equals(p.code())).findFirst();
        }

        @Override
        public SearchResult search(ProcedureQuery query) {
            int from = Math.min(procedures.size(), query.page() * query.size());
            int to = Math.min(procedures.size(), from + query.size());
            return new SearchResult(procedures.subList(from, to).stream().map(Procedure::summary).toList(),
                    procedures.size());
        }

        @Override
        public List<FieldCount> fields() {
            return List.of();
        }

        @Override
        public Map<String, Coverage> coverageByAgencyKind() {
            return Map.of();
        }
    }

    @Test
    void readsEveryPageAndRebuildsWhenTheCatalogChanges() {
        ListedCatalog catalog = new ListedCatalog();
        catalog.procedures.addAll(SeedCatalog.procedures().subList(0, 250)); // three pages of 100
        CatalogCopy copy = new CatalogCopy(catalog);
        copy.run(null);
        assertThat(copy.understanding().size()).isEqualTo(250);
        assertThat(copy.understanding().understand("dang ky khai sinh").knows()).isFalse();

        Procedure birth = SeedCatalog.procedures().stream().filter(p -> "1.001193".equals(p.code())).findFirst()
                .orElseThrow();
        catalog.procedures.add(birth);
        copy.on(new CatalogChanged("configured", null));

        assertThat(copy.understanding().size()).isEqualTo(251);
        assertThat(copy.understanding().understand("dang ky khai sinh").matches().getFirst().procedure().code())
                .isEqualTo("1.001193");
    }

    @Test
    void aChangeMadeThroughAnotherNodeIsPickedUpByTheCheck() {
        ListedCatalog catalog = new ListedCatalog();
        catalog.procedures.addAll(SeedCatalog.procedures().subList(0, 10));
        CatalogCopy copy = new CatalogCopy(catalog);
        copy.run(null);
        assertThat(copy.understanding().size()).isEqualTo(10); // the start-up build, waited for
        catalog.procedures.addAll(SeedCatalog.procedures().subList(10, 20));
        copy.refreshIfStale();
        assertThat(copy.understanding().size()).isEqualTo(20);
    }

}
