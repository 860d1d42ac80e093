package vn.opendvc.catalog.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.opendvc.catalog.Procedure;
import vn.opendvc.catalog.ProcedureCatalog;
import vn.opendvc.catalog.ProcedureQuery;

@Component
class SearchableCatalog implements ProcedureCatalog {

    private final ProcedureStore store;
    private final ProcedureIndex index;

    SearchableCatalog(ProcedureStore store, ProcedureIndex index) {
        this.store = store;
        this.index = index;
    }

    @Override
    public Optional<Procedure> find(long id) {
        return store.find(id);
    }

    @Override
    public Optional<Procedure> findByCode(String code) {
        return store.findByCode(code);
    }

    @Override
    public SearchResult search(ProcedureQuery query) {
        return index.search(query);
    }

    @Override
    public Map<String, Coverage> coverageByAgencyKind() {
        return store.coverageByAgencyKind();
    }

    @Override
    public List<FieldCount> fields() {
        return index.fields();
    }
}
