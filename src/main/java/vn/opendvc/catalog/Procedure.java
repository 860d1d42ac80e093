package vn.opendvc.catalog;

import java.util.List;

/**
 * A procedure with everything a citizen needs before submitting: who receives it, how long it takes by law,
 * what it costs, which documents to attach and which form fields to fill.
 *
 * @param agencyKind which kind of agency receives it (a citizen submits to a concrete agency of that kind)
 */
public record Procedure(long id, String code, String name, String field, String level, String agencyKind,
        String agencyName, Double processingDays, Long feeVnd, String feeNote, OnlineLevel onlineLevel,
        boolean configured, String resultType, List<RequiredDocument> documents, List<FormField> formFields,
        List<String> categories, List<String> departments, String promulgatedBy, List<String> targets,
        String source) {

    public ProcedureSummary summary() {
        return new ProcedureSummary(id, code, name, field, level, agencyName, processingDays, feeVnd, onlineLevel,
                configured);
    }

    public record RequiredDocument(String name, boolean required) {
    }

    /**
     * One field of the procedure's form.
     *
     * @param type {@code text, date, number, idNumber, phone, email, address, select}
     * @param options the choices of a {@code select} field, empty otherwise
     */
    public record FormField(String key, String label, String type, boolean required, List<String> options) {
    }
}
