package vn.opendvc.catalog;

import java.util.List;
import java.util.Map;

/**
 * A connected procedure (thủ tục liên thông) as the catalog keeps it: the member procedures one submission starts,
 * each handled by its own agency, in the order their dependencies give. The connected procedure's own form and
 * documents are the union of the members' (each field asked once, a shared document uploaded once); what a member
 * takes from the union and from the results of the members before it is written here.
 *
 * @param procedureId    the connected procedure in the catalog (its form and documents are the union)
 * @param processingDays the overall legal time, in working days, from the submission
 */
public record Composition(long procedureId, String code, String name, double processingDays, List<Member> members) {

    /**
     * One member procedure.
     *
     * @param agencyKind which kind of agency handles it, resolved from the applicant's commune and the agency tree
     * @param dependsOn  codes of the members whose results it needs; it starts when all of them have one
     * @param fields     member field key → the connected procedure's field key, where the names differ (a field of
     *                   the same key is taken as it is)
     * @param documents  member document → the connected procedure's document it is taken from
     * @param handOffs   what it receives from the members it depends on
     */
    public record Member(String code, long procedureId, String name, String agencyKind, List<String> dependsOn,
            Map<String, String> fields, Map<String, String> documents, List<HandOff> handOffs) {

        public boolean startsAtSubmission() {
            return dependsOn.isEmpty();
        }
    }

    /**
     * A datum or a document that flows from one member's result to a dependant.
     *
     * @param from     the member whose result it comes from
     * @param field    the dependant's form field that receives the result's number (the number the result is
     *                 registered under and printed on it), or {@code null}
     * @param document the dependant's document that receives the signed result itself, or {@code null}
     */
    public record HandOff(String from, String field, String document) {
    }

    /**
     * One member as an ADMIN defines it (and as the shipped file writes it): the procedure by its national code, the
     * rest as in {@link Member}; ids and names are the catalog's, taken when the composition is read.
     */
    public record MemberDefinition(String code, String agencyKind, List<String> dependsOn,
            Map<String, String> fields, Map<String, String> documents, List<HandOff> handOffs) {

        public MemberDefinition {
            dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
            fields = fields == null ? Map.of() : fields;
            documents = documents == null ? Map.of() : documents;
            handOffs = handOffs == null ? List.of() : List.copyOf(handOffs);
        }
    }

    /** The members as they are defined, for an ADMIN to change them. */
    public List<MemberDefinition> definition() {
        return members.stream().map(m -> new MemberDefinition(m.code(), m.agencyKind(), m.dependsOn(), m.fields(),
                m.documents(), m.handOffs())).toList();
    }

    public Member member(String memberCode) {
        return members.stream().filter(m -> m.code().equals(memberCode)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No member " + memberCode + " in " + code));
    }

    /** The members that depend on {@code memberCode}. */
    public List<Member> dependants(String memberCode) {
        return members.stream().filter(m -> m.dependsOn().contains(memberCode)).toList();
    }
}
