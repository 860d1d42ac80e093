package vn.opendvc.prefill;

import java.util.Map;
import java.util.Set;

import vn.opendvc.identity.AccountKind;

/**
 * A connector to a national database. Implementations are beans; the built-in simulators stand in for the real
 * databases in the demo ({@code opendvc.prefill.simulator}).
 */
public interface NationalDatabase {

    /** Source code of its values, e.g. {@link Sources#POPULATION}. */
    String source();

    /** Whose data it holds: citizens ({@link AccountKind#CITIZEN}) or businesses ({@link AccountKind#BUSINESS}). */
    AccountKind holds();

    /** The items it can return. */
    Set<DataItem> items();

    /**
     * The requested items of one person or business, by personal ID number or tax code; only the items asked for
     * (data minimisation). Empty when the number is unknown.
     *
     * @throws NationalDatabaseUnavailable when the database cannot be reached
     */
    Map<DataItem, String> lookup(String number, Set<DataItem> wanted);
}
