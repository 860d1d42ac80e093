package vn.opendvc.catalog;

import java.util.List;

/** The pre-submission rules of each procedure: the catalog's seed until an ADMIN replaces them. */
public interface ProcedureChecks {

    /** The procedure's rules, in order; none for an unknown procedure. */
    List<CheckRule> rules(long procedureId);

    /**
     * Replaces the procedure's rules.
     *
     * @throws vn.opendvc.web.Problem 404 for an unknown procedure, 400 when a rule names a field or document the
     *                                procedure does not have, or lacks what its kind needs
     */
    List<CheckRule> replace(long procedureId, List<CheckRule> rules, long byAccountId);
}
