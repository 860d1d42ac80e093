package vn.opendvc.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finding procedures: by id, by national code, or by relevance to what a citizen typed. */
public interface ProcedureCatalog {

    Optional<Procedure> find(long id);

    Optional<Procedure> findByCode(String code);

    SearchResult search(ProcedureQuery query);

    /** The fields (lĩnh vực) present in the catalog with how many procedures each holds, largest first. */
    List<FieldCount> fields();

    /**
     * How completely the catalog describes the procedures each kind of agency receives (for the transparency and
     * online-service indicators), keyed by agency kind.
     */
    Map<String, Coverage> coverageByAgencyKind();

    /**
     * @param procedures  procedures received by agencies of the kind
     * @param complete    of which published with legal time, fee, online level and the list of documents
     * @param fullProcess of which offered full process online ({@link OnlineLevel#TOAN_TRINH})
     */
    record Coverage(int procedures, int complete, int fullProcess) {
    }

    record SearchResult(List<ProcedureSummary> items, long total) {
    }

    record FieldCount(String field, int count) {
    }
}
