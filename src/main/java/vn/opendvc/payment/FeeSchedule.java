package vn.opendvc.payment;

import java.util.Map;

/**
 * Amount due for a procedure submitted online at an agency: the catalog fee minus the online discount that applies
 * (the most specific rule of the discount table wins: agency and procedure, then procedure, then agency), or nothing
 * for an exempt applicant category.
 */
public interface FeeSchedule {

    /**
     * @param procedureId       catalog id of the procedure
     * @param agencyCode        the agency that receives the dossier
     * @param applicantCategory one of {@link #exemptCategories()} or {@code null}; an unknown category is ignored
     * @throws IllegalArgumentException when the procedure does not exist
     */
    FeeQuote quote(long procedureId, String agencyCode, String applicantCategory);

    /** Exempt applicant categories (code → Vietnamese label), from {@code opendvc.payment.exempt-categories}. */
    Map<String, String> exemptCategories();
}
