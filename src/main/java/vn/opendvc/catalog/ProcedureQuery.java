package vn.opendvc.catalog;

/**
 * A catalog search. Every filter is optional ({@code null} = any).
 *
 * @param text       what the citizen typed; accents, case and đ/d do not matter
 * @param agencyKind only procedures received by agencies of this kind (the web layer maps an agency code to it)
 * @param configured {@code true}: only procedures that can be submitted online now
 * @param page       zero-based page number
 */
public record ProcedureQuery(String text, String field, String level, String agencyKind, OnlineLevel onlineLevel,
        Boolean configured, int page, int size) {

    public static final int MAX_SIZE = 100;

    public ProcedureQuery {
        if (page < 0) {
            throw new IllegalArgumentException("page must be ≥ 0"); // the web layer checks it first
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be 1.." + MAX_SIZE);
        }
    }

    public static ProcedureQuery text(String text) {
        return new ProcedureQuery(text, null, null, null, null, null, 0, 20);
    }
}
