package vn.opendvc.catalog;

/**
 * A procedure as listed in search results.
 *
 * @param code           national procedure code, {@code null} where a 2025 reform left none
 * @param level          {@code XA}, {@code TINH} or {@code BO}; for reference entries inferred from the executing body
 * @param processingDays legal processing time in working days (halves allowed), {@code null} for reference entries
 * @param configured     {@code false} for a reference entry not yet configured for online submission
 */
public record ProcedureSummary(long id, String code, String name, String field, String level, String agencyName,
        Double processingDays, Long feeVnd, OnlineLevel onlineLevel, boolean configured) {
}
