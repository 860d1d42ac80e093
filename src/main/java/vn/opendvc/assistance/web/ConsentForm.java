package vn.opendvc.assistance.web;

import vn.opendvc.assistance.internal.ConsentDesk;

/**
 * Step 1 at the agent's desk, as typed: the citizen's ID number (and, for a citizen without an account, their name
 * and own phone), the procedure chosen from the search and the agency that decides it.
 */
record ConsentForm(String idNumber, String fullName, String phone, Long procedureId, String agencyCode) {

    static ConsentForm empty(Long procedureId) {
        return new ConsentForm(null, null, null, procedureId, null);
    }

    ConsentDesk.ConsentRequest toRequest() {
        return new ConsentDesk.ConsentRequest(idNumber, blankToNull(fullName), blankToNull(phone), procedureId,
                agencyCode);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
