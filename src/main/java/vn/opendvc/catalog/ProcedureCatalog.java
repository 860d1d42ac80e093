package vn.opendvc.catalog;

import java.util.List;
import java.util.Optional;

/** Finding procedures: by id, by national code, or by relevance to what a citizen typed. */
public interface ProcedureCatalog {

    Optional<Procedure> find(long id);

    Optional<Procedure> findByCode(String code);

    SearchResult search(ProcedureQuery query);

    /** The fields (lĩnh vực) present in the catalog with how many procedures each holds, largest first. */
    List<FieldCount> fields();

    record SearchResult(List<ProcedureSummary> items, long total) {
    }

    record FieldCount(String field, int count) {
    }
}
