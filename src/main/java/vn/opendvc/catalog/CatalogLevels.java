package vn.opendvc.catalog;

import java.util.List;

/** The administrative levels a procedure belongs to. */
public final class CatalogLevels {

    /** Commune ({@code XA}), province ({@code TINH}), ministry ({@code BO}). */
    public static final List<String> ALL = List.of("XA", "TINH", "BO");

    private CatalogLevels() {
    }
}
