package vn.opendvc.catalog;

/**
 * A catalog search. Every filter is optional ({@code null} = any).
 *
 * @param text       what the citizen typed; accents, case and đ/d do not matter
 * @param agencyKind only procedures received by agencies of this kind (the web layer maps an agency code to it)
 * @param configured {@code true}: only procedures that can be submitted online now
 * @param page       zero-based page number, at most {@link #MAX_PAGE}
 */
public record ProcedureQuery(String text, String field, String level, String agencyKind, OnlineLevel onlineLevel,
        Boolean configured, int page, int size) {

    public static final int MAX_SIZE = 100;
    /**
     * The last page anyone may ask for: the index collects every hit up to the page asked for, so the page bounds
     * that work (and an {@code int} page times the size must not overflow); the whole catalog fits in far fewer.
     */
    public static final int MAX_PAGE = 500;

    public ProcedureQuery {
        if (page < 0 || page > MAX_PAGE) {
            throw new IllegalArgumentException("page must be 0.." + MAX_PAGE); // the web layer checks it first
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be 1.." + MAX_SIZE);
        }
    }

    public static ProcedureQuery text(String text) {
        return new ProcedureQuery(text, null, null, null, null, null, 0, 20);
    }
}
