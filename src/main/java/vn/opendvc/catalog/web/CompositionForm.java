package vn.opendvc.catalog.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import vn.opendvc.catalog.Composition;
import vn.opendvc.web.Message;

/**
 * The ADMIN's form for a connected procedure, as typed: one row per member, the mappings as lines of
 * {@code target <- source} (a member's field or document, from the connected procedure's field or document, or from the
 * code of the member whose result it receives). A row without a code is no member. What the form can tell is wrong is
 * a line without an arrow; whether codes, kinds, fields and documents exist is the catalog's check.
 */
class CompositionForm {

    static final String ARROW = "<-";

    private List<Row> members = new ArrayList<>();

    /** One member as typed. */
    public static class Row {
        private String code;
        private String agencyKind;
        private String dependsOn;
        private String fields;
        private String documents;
        private String handOffFields;
        private String handOffDocuments;

        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getAgencyKind() { return agencyKind; }
        public void setAgencyKind(String agencyKind) { this.agencyKind = agencyKind; }
        public String getDependsOn() { return dependsOn; }
        public void setDependsOn(String dependsOn) { this.dependsOn = dependsOn; }
        public String getFields() { return fields; }
        public void setFields(String fields) { this.fields = fields; }
        public String getDocuments() { return documents; }
        public void setDocuments(String documents) { this.documents = documents; }
        public String getHandOffFields() { return handOffFields; }
        public void setHandOffFields(String handOffFields) { this.handOffFields = handOffFields; }
        public String getHandOffDocuments() { return handOffDocuments; }
        public void setHandOffDocuments(String handOffDocuments) { this.handOffDocuments = handOffDocuments; }

        boolean blank() {
            return code == null || code.isBlank();
        }
    }

    /** The form of a stored composition, with {@code spare} empty rows to add members. */
    static CompositionForm of(List<Composition.MemberDefinition> members, int spare) {
        CompositionForm form = new CompositionForm();
        for (Composition.MemberDefinition m : members) {
            Row row = new Row();
            row.code = m.code();
            row.agencyKind = m.agencyKind();
            row.dependsOn = String.join(", ", m.dependsOn());
            row.fields = lines(m.fields());
            row.documents = lines(m.documents());
            Map<String, String> handedFields = new LinkedHashMap<>();
            Map<String, String> handedDocuments = new LinkedHashMap<>();
            m.handOffs().forEach(h -> (h.field() != null ? handedFields : handedDocuments)
                    .put(h.field() != null ? h.field() : h.document(), h.from()));
            row.handOffFields = lines(handedFields);
            row.handOffDocuments = lines(handedDocuments);
            form.members.add(row);
        }
        form.pad(spare);
        return form;
    }

    /** Empty rows up to {@code spare} after the typed ones, so the page always offers room for another member. */
    CompositionForm pad(int spare) {
        for (int i = 0; i < spare; i++) {
            members.add(new Row());
        }
        return this;
    }

    /** The typed members, without the empty rows; the lines without an arrow are put in {@code errors}. */
    List<Composition.MemberDefinition> definition(Map<String, Message> errors) {
        List<Row> typed = members.stream().filter(r -> !r.blank()).toList();
        members = new ArrayList<>(typed); // the page shows them again in this order, with the errors' indexes
        List<Composition.MemberDefinition> out = new ArrayList<>();
        for (int i = 0; i < typed.size(); i++) {
            Row r = typed.get(i);
            String at = "members[" + i + "].";
            Map<String, String> fields = new LinkedHashMap<>();
            Map<String, String> documents = new LinkedHashMap<>();
            List<Composition.HandOff> handOffs = new ArrayList<>();
            parse(r.fields, at + "fields", errors, fields::put);
            parse(r.documents, at + "documents", errors, documents::put);
            parse(r.handOffFields, at + "handOffFields", errors,
                    (field, from) -> handOffs.add(new Composition.HandOff(from, field, null)));
            parse(r.handOffDocuments, at + "handOffDocuments", errors,
                    (document, from) -> handOffs.add(new Composition.HandOff(from, null, document)));
            List<String> dependsOn = r.dependsOn == null ? List.of() : Arrays.stream(r.dependsOn.split("[,;\\s]+"))
                    .filter(s -> !s.isBlank()).toList();
            out.add(new Composition.MemberDefinition(r.code.strip(), blankless(r.agencyKind), dependsOn, fields,
                    documents, handOffs));
        }
        return out;
    }

    private static void parse(String text, String input, Map<String, Message> errors,
            BiConsumer<String, String> into) {
        if (text == null) {
            return;
        }
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int arrow = line.indexOf(ARROW);
            String target = arrow < 0 ? "" : line.substring(0, arrow).strip();
            String source = arrow < 0 ? "" : line.substring(arrow + ARROW.length()).strip();
            if (target.isEmpty() || source.isEmpty()) {
                errors.putIfAbsent(input, Message.of("catalog.composition.invalid.line", line.strip()));
            } else {
                into.accept(target, source);
            }
        }
    }

    private static String lines(Map<String, String> mapping) {
        StringBuilder text = new StringBuilder();
        mapping.forEach((target, source) -> text.append(target).append(' ').append(ARROW).append(' ')
                .append(source).append('\n'));
        return text.toString();
    }

    private static String blankless(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public List<Row> getMembers() { return members; }
    public void setMembers(List<Row> members) { this.members = members; }
}
