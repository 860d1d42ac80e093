package vn.opendvc.catalog.web;

import java.util.Map;

import org.springframework.http.HttpStatus;

import vn.opendvc.agency.Agency;
import vn.opendvc.agency.AgencyDirectory;
import vn.opendvc.catalog.CatalogLevels;
import vn.opendvc.catalog.OnlineLevel;
import vn.opendvc.catalog.ProcedureQuery;
import vn.opendvc.web.Message;
import vn.opendvc.web.Problem;

/**
 * The search parameters shared by the API and the pages, checked the same way for both.
 *
 * @param agency an agency code: only procedures that agency receives (those of its kind)
 * @param page   zero-based, at most {@link ProcedureQuery#MAX_PAGE}
 * @param size   1 to {@link ProcedureQuery#MAX_SIZE}
 */
record ProcedureSearchRequest(String q, String field, String level, String agency, OnlineLevel onlineLevel,
        Boolean configured, Integer page, Integer size) {

    static final int DEFAULT_SIZE = 20;

    /** @throws InvalidSearch with a reason a citizen or a developer can act on */
    ProcedureQuery toQuery(AgencyDirectory agencies) {
        String levelFilter = blankToNull(level);
        if (levelFilter != null && !CatalogLevels.ALL.contains(levelFilter)) {
            throw new InvalidSearch("level", Message.of("catalog.problem.search.level", level));
        }
        String agencyKind = null;
        if (blankToNull(agency) != null) {
            agencyKind = agencies.find(agency.strip()).map(Agency::kind).orElseThrow(() -> new InvalidSearch("agency",
                    Message.of("catalog.problem.search.agency", agency)));
        }
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0 || p > ProcedureQuery.MAX_PAGE) {
            throw new InvalidSearch("page", Message.of("catalog.problem.search.page", ProcedureQuery.MAX_PAGE));
        }
        if (s < 1 || s > ProcedureQuery.MAX_SIZE) {
            throw new InvalidSearch("size", Message.of("catalog.problem.search.size", ProcedureQuery.MAX_SIZE));
        }
        if (q != null && q.length() > 200) {
            throw new InvalidSearch("q", Message.of("catalog.problem.search.q"));
        }
        return new ProcedureQuery(q, blankToNull(field), levelFilter, agencyKind, onlineLevel, configured, p, s);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A 400 "bad-parameter" problem naming the parameter ({@code "parameter": "level"}); pages show its detail. */
    static class InvalidSearch extends Problem {

        InvalidSearch(String parameter, Message reason) {
            super(HttpStatus.BAD_REQUEST, "bad-parameter", Message.of("problem.bad-parameter.title"), reason, Map.of());
            getBody().setProperty("parameter", parameter);
        }
    }
}
