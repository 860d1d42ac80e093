package vn.opendvc.catalog.web;

import vn.opendvc.agency.Agency;
import vn.opendvc.agency.AgencyDirectory;
import vn.opendvc.catalog.CatalogLevels;
import vn.opendvc.catalog.OnlineLevel;
import vn.opendvc.catalog.ProcedureQuery;

/**
 * The search parameters shared by the API and the pages, checked the same way for both.
 *
 * @param agency an agency code: only procedures that agency receives (those of its kind)
 * @param page   zero-based
 */
record ProcedureSearchRequest(String q, String field, String level, String agency, OnlineLevel onlineLevel,
        Boolean configured, Integer page, Integer size) {

    static final int DEFAULT_SIZE = 20;

    /** @throws InvalidSearch with a reason a citizen or a developer can act on */
    ProcedureQuery toQuery(AgencyDirectory agencies) {
        String levelFilter = blankToNull(level);
        if (levelFilter != null && !CatalogLevels.ALL.contains(levelFilter)) {
            throw new InvalidSearch("level", "Cấp không hợp lệ: '" + level + "' (XA, TINH hoặc BO) / level must be XA, TINH or BO");
        }
        String agencyKind = null;
        if (blankToNull(agency) != null) {
            agencyKind = agencies.find(agency.strip()).map(Agency::kind).orElseThrow(() -> new InvalidSearch("agency",
                    "Không có cơ quan mã '" + agency + "' / unknown agency code"));
        }
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) {
            throw new InvalidSearch("page", "page phải ≥ 0 / page must be ≥ 0");
        }
        if (s < 1 || s > ProcedureQuery.MAX_SIZE) {
            throw new InvalidSearch("size", "size phải từ 1 đến " + ProcedureQuery.MAX_SIZE + " / size must be 1.."
                    + ProcedureQuery.MAX_SIZE);
        }
        if (q != null && q.length() > 200) {
            throw new InvalidSearch("q", "Từ khóa quá dài (tối đa 200 ký tự) / query too long (200 characters max)");
        }
        return new ProcedureQuery(q, blankToNull(field), levelFilter, agencyKind, onlineLevel, configured, p, s);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static class InvalidSearch extends RuntimeException {
        final String parameter;

        InvalidSearch(String parameter, String message) {
            super(message);
            this.parameter = parameter;
        }
    }
}
