package vn.opendvc.prefill;

import java.util.Map;

/**
 * @param values         prefilled values by form field key, in the form's order
 * @param nationalLookup what happened with the national database lookup
 */
public record PrefillResult(long procedureId, Map<String, PrefilledValue> values, NationalLookup nationalLookup) {

    public PrefillResult {
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    }

    /** The outcome of the national database lookup behind a prefill. */
    public enum NationalLookup {
        /** Looked up with consent; verified values are included. */
        DONE,
        /** Needed, but the citizen did not consent: refused and recorded, only profile values are included. */
        REFUSED_WITHOUT_CONSENT,
        /**
         * Needed, but the account's ID number or tax code was only declared, not proven (e-ID login or in-person
         * verification): only the account's own profile values are included, and the holder is told how to get
         * verified. Nothing was asked of the national database.
         */
        IDENTITY_NOT_PROVEN,
        /** The form asks for nothing a national database holds, or no connector serves this kind of account. */
        NOT_NEEDED,
        /** The database did not answer or does not know the number; only profile values are included. */
        UNAVAILABLE
    }
}
