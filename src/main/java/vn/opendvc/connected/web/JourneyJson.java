package vn.opendvc.connected.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import vn.opendvc.connected.internal.Journey;
import vn.opendvc.web.Translations;

/**
 * A connected procedure's journey in the API: statuses as the national codes (or {@code "DRAFT"} for a member that
 * waits) with their names in the caller's language; hand-off delays in seconds.
 */
record JourneyJson(long id, String code, String procedureCode, String procedureName, Object status,
        String statusName, Instant submittedAt, Instant dueAt, Instant finishedAt, long feeDueVnd,
        List<MemberJson> members, List<HandOffJson> handOffs) {

    record MemberJson(int position, String procedureCode, String procedureName, String agencyKind,
            String agencyCode, String agencyName, List<String> dependsOn, String state, long dossierId,
            String dossierCode, Object status, String statusName, Instant startedAt, Instant receivedAt,
            Instant dueAt, Instant finishedAt, Long feeDueVnd, boolean paid, String note, Long resultFileId) {
    }

    /** {@code data}: the fields filled from the result, by key; {@code labels}: their labels on the member's form. */
    record HandOffJson(String from, String to, Instant resultAt, Instant startedAt, Instant receivedAt,
            Long delaySeconds, Map<String, String> data, Map<String, String> labels) {
    }

    static JourneyJson of(Journey j, Translations t) {
        return new JourneyJson(j.id(), j.code(), j.procedureCode(), j.procedureName(), j.status().apiValue(),
                t.text(j.status()), j.submittedAt(), j.dueAt(), j.finishedAt(), j.feeDueVnd(),
                j.members().stream().map(m -> new MemberJson(m.position(), m.procedureCode(), m.procedureName(),
                        m.agencyKind(), m.agencyCode(), m.agencyName(), m.dependsOn(), m.state(), m.dossierId(),
                        m.dossierCode(), m.status().apiValue(), t.text(m.status()), m.startedAt(), m.receivedAt(),
                        m.dueAt(), m.finishedAt(), m.feeDueVnd(), m.paid(), m.note(), m.resultFileId())).toList(),
                j.handOffs().stream().map(h -> new HandOffJson(h.fromCode(), h.toCode(), h.resultAt(),
                        h.startedAt(), h.receivedAt(), h.delay() == null ? null : h.delay().toSeconds(), h.data(), h.labels()))
                        .toList());
    }
}
