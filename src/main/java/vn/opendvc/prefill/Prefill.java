package vn.opendvc.prefill;

import java.util.List;
import java.util.Optional;

import vn.opendvc.identity.CurrentUser;

/** What a form would be filled with, and the log of lookups in national databases. */
public interface Prefill {

    /**
     * The values a procedure's form would be prefilled with, by field key. Looks the subject up in a national database
     * only when the form asks for an item that database holds, and only with consent; the lookup (or its refusal
     * for want of consent) is recorded in the access log.
     *
     * @return empty when the procedure does not exist
     */
    Optional<PrefillResult> prefill(PrefillRequest request);

    /** Every recorded lookup of the subject's data, newest first: what the citizen sees of who read their data. */
    List<DataAccess> accessLog(CurrentUser subject);
}
