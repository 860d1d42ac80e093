package vn.opendvc.catalog;

/**
 * One declarative pre-submission rule of a procedure, kept as data (the catalog's seed, changed by an ADMIN) and run by
 * the dossier module on the form page, the check API and at submission alike. Which parameters a rule uses depends on
 * its kind:
 * <ul>
 * <li>{@code REQUIRED_IF}: {@code field} must be filled when {@code whenField} equals {@code whenEquals} (or, with
 * {@code whenEquals} empty, when {@code whenField} is filled) — "if the mother is named, her ID is required";</li>
 * <li>{@code DATE_ORDER}: the date {@code other} is not after the date {@code field}; either may be {@code today}
 * ("the planned date is not in the past", "a birth date is not in the future");</li>
 * <li>{@code AGE}: the person born on the date {@code field} is at least {@code min} (and at most {@code max}) years
 * old today;</li>
 * <li>{@code DOCUMENT_IF}: the document {@code document} is attached when {@code whenField} equals
 * {@code whenEquals} (or is filled);</li>
 * <li>{@code ID_MATCHES_BIRTH}: the 12-digit personal ID {@code field} encodes the birth year of the date
 * {@code other} and, when {@code whenEquals} is "Nam" or "Nữ" (or {@code whenField} holds it), the sex;</li>
 * <li>{@code NO_OPEN_DOSSIER}: the applicant has no other open dossier of this procedure.</li>
 * </ul>
 */
public record CheckRule(Kind kind, String field, String other, String whenField, String whenEquals, Integer min,
        Integer max, String document) {

    public enum Kind {
        REQUIRED_IF, DATE_ORDER, AGE, DOCUMENT_IF, ID_MATCHES_BIRTH, NO_OPEN_DOSSIER
    }

    /** The rule's name in findings and messages: {@code required-if}, {@code id-matches-birth}… */
    public String name() {
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
