package vn.opendvc.catalog.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.opendvc.catalog.Composition;
import vn.opendvc.catalog.Procedure;
import vn.opendvc.web.Message;

/**
 * Whether a connected procedure's definition can work, before it is stored: each member a configured procedure that is
 * no connected procedure itself, handled by a kind of agency that exists; dependencies only on members, without a
 * cycle (so some member starts at the submission); mappings only between fields and documents that exist; hand-offs
 * only from a member depended on; and each member given every field and document it requires, from the one form, the
 * one set of documents or a hand-off (else its submission would fail at its agency, not at the ADMIN's desk). Errors
 * are keyed as the page's inputs ({@code members[i].code}, …), one message per input.
 */
final class CompositionRules {

    /** More agencies than any reform has joined in one submission; bounds what one definition stores. */
    static final int MAX_MEMBERS = 20;

    private final Procedure parent;
    private final Function<String, Optional<Procedure>> configuredByCode;
    private final Set<String> agencyKinds;
    private final Set<Long> connectedIds;
    private final Map<String, Message> errors = new LinkedHashMap<>();

    /**
     * @param configuredByCode the configured procedure of a national code
     * @param connectedIds     the procedures that are connected procedures (none may be a member)
     */
    CompositionRules(Procedure parent, Function<String, Optional<Procedure>> configuredByCode, Set<String> agencyKinds,
            Set<Long> connectedIds) {
        this.parent = parent;
        this.configuredByCode = configuredByCode;
        this.agencyKinds = agencyKinds;
        this.connectedIds = connectedIds;
    }

    Map<String, Message> check(List<Composition.MemberDefinition> members) {
        if (members.size() < 2) {
            errors.put("members", Message.of("catalog.composition.invalid.too-few"));
        }
        if (members.size() > MAX_MEMBERS) {
            errors.put("members", Message.of("catalog.composition.invalid.too-many", MAX_MEMBERS));
            return errors;
        }
        Set<String> codes = new HashSet<>();
        members.forEach(m -> codes.add(m.code()));
        Set<String> seen = new HashSet<>();
        for (int at = 0; at < members.size(); at++) {
            int i = at;
            Composition.MemberDefinition m = members.get(i);
            Optional<Procedure> procedure = procedure(i, m, seen);
            if (m.agencyKind() == null || !agencyKinds.contains(m.agencyKind())) {
                error(i, "agencyKind", "catalog.composition.invalid.agency-kind",
                        m.agencyKind() == null ? "" : m.agencyKind());
            }
            m.dependsOn().stream().filter(d -> !codes.contains(d)).findFirst()
                    .ifPresent(d -> error(i, "dependsOn", "catalog.composition.invalid.depends-on", d));
            procedure.ifPresent(p -> mappings(i, m, p));
        }
        cycles(members);
        return errors;
    }

    private Optional<Procedure> procedure(int i, Composition.MemberDefinition m, Set<String> seen) {
        if (m.code() == null || m.code().isBlank()) {
            error(i, "code", "catalog.composition.invalid.code-missing");
            return Optional.empty();
        }
        Optional<Procedure> procedure = configuredByCode.apply(m.code());
        if (procedure.isEmpty()) {
            error(i, "code", "catalog.composition.invalid.code", m.code());
        } else if (procedure.get().id() == parent.id() || connectedIds.contains(procedure.get().id())) {
            error(i, "code", "catalog.composition.invalid.nested", m.code());
        } else if (!seen.add(m.code())) {
            error(i, "code", "catalog.composition.invalid.duplicate", m.code());
        }
        return procedure;
    }

    private void mappings(int i, Composition.MemberDefinition m, Procedure member) {
        Set<String> memberFields = keys(member);
        Set<String> parentFields = keys(parent);
        Set<String> memberDocuments = documents(member);
        Set<String> parentDocuments = documents(parent);
        m.fields().forEach((to, from) -> {
            if (!memberFields.contains(to)) {
                error(i, "fields", "catalog.composition.invalid.member-field", m.code(), to);
            } else if (!parentFields.contains(from)) {
                error(i, "fields", "catalog.composition.invalid.parent-field", from);
            }
        });
        m.documents().forEach((to, from) -> {
            if (!memberDocuments.contains(to)) {
                error(i, "documents", "catalog.composition.invalid.member-document", m.code(), to);
            } else if (!parentDocuments.contains(from)) {
                error(i, "documents", "catalog.composition.invalid.parent-document", from);
            }
        });
        for (Composition.HandOff h : m.handOffs()) {
            if (h.from() == null || !m.dependsOn().contains(h.from())) {
                error(i, "handOffs", "catalog.composition.invalid.hand-off-from", h.from() == null ? "" : h.from());
            } else if ((h.field() == null) == (h.document() == null)) {
                error(i, "handOffs", "catalog.composition.invalid.hand-off-what", h.from());
            } else if (h.field() != null && !memberFields.contains(h.field())) {
                error(i, "handOffs", "catalog.composition.invalid.member-field", m.code(), h.field());
            } else if (h.document() != null && !memberDocuments.contains(h.document())) {
                error(i, "handOffs", "catalog.composition.invalid.member-document", m.code(), h.document());
            }
        }
        Set<String> handed = m.handOffs().stream().map(h -> h.field() == null ? h.document() : h.field())
                .collect(Collectors.toSet());
        member.formFields().stream().filter(Procedure.FormField::required)
                .filter(f -> !parentFields.contains(m.fields().getOrDefault(f.key(), f.key())) && !handed.contains(f.key()))
                .findFirst().ifPresent(f -> error(i, "fields", "catalog.composition.invalid.field-not-given",
                        m.code(), f.label() + " (" + f.key() + ")"));
        member.documents().stream().filter(Procedure.RequiredDocument::required)
                .filter(d -> !parentDocuments.contains(m.documents().get(d.name())) && !handed.contains(d.name()))
                .findFirst().ifPresent(d -> error(i, "documents", "catalog.composition.invalid.document-not-given",
                        m.code(), d.name()));
    }

    /** A member that depends on itself through others: each member on the cycle is told the cycle. */
    private void cycles(List<Composition.MemberDefinition> members) {
        Map<String, List<String>> edges = new LinkedHashMap<>();
        members.forEach(m -> edges.putIfAbsent(m.code(), m.dependsOn()));
        for (int i = 0; i < members.size(); i++) {
            List<String> path = new ArrayList<>();
            if (loops(members.get(i).code(), members.get(i).code(), edges, path, new HashSet<>())) {
                path.add(0, members.get(i).code());
                error(i, "dependsOn", "catalog.composition.invalid.cycle", String.join(" → ", path));
            }
        }
    }

    private static boolean loops(String start, String at, Map<String, List<String>> edges, List<String> path,
            Set<String> visited) {
        for (String next : edges.getOrDefault(at, List.of())) {
            if (next.equals(start)) {
                path.add(next);
                return true;
            }
            if (visited.add(next)) {
                path.add(next);
                if (loops(start, next, edges, path, visited)) {
                    return true;
                }
                path.remove(path.size() - 1);
            }
        }
        return false;
    }

    private void error(int i, String input, String key, Object... arguments) {
        errors.putIfAbsent("members[" + i + "]." + input, Message.of(key, arguments));
    }

    private static Set<String> keys(Procedure p) {
        return p.formFields().stream().map(Procedure.FormField::key).collect(Collectors.toSet());
    }

    private static Set<String> documents(Procedure p) {
        return p.documents().stream().map(Procedure.RequiredDocument::name).collect(Collectors.toSet());
    }
}
