package vn.opendvc.connected;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A member of a connected procedure received what it waited for and was submitted to its agency: the results of the
 * members it depends on, as data (e.g. the birth certificate number) and as the signed result file. Audited.
 *
 * @param parentCode   the connected procedure's dossier code
 * @param fromCodes    the member dossiers whose results were handed on
 * @param memberCode   the dependant member dossier's code, given at its submission
 * @param data         form fields filled from the results (field key → value)
 * @param documents    documents of the dependant filled with a signed result
 * @param resultAt     when the last of those results was issued
 * @param at           when the dependant was submitted to its agency
 */
public record MemberHandedOff(long parentId, String parentCode, List<String> fromCodes, long memberId,
        String memberCode, String agencyCode, Map<String, String> data, List<String> documents,
        Instant resultAt, Instant at) {
}
