package vn.opendvc.connected.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import vn.opendvc.dossier.DossierStatus;

/**
 * A connected procedure as its applicant follows it: every member with its agency, state and dates, the hand-offs
 * between them, and the overall promised date (the connected procedure's legal time from the submission).
 *
 * @param status     the members' combined status ({@link vn.opendvc.dossier.Dossier#combinedStatus()})
 * @param dueAt      the overall promised date
 * @param finishedAt when the last member ended, once all have
 * @param feeDueVnd  the members' fees quoted so far, together (the one fee summary)
 */
public record Journey(long id, String code, String procedureCode, String procedureName, DossierStatus status,
        Instant submittedAt, Instant dueAt, Instant finishedAt, long feeDueVnd, List<Member> members,
        List<HandOff> handOffs) {

    /**
     * @param state      {@code WAITING} for the results it needs, {@code STARTED} at its agency, {@code STOPPED}
     *                   because a member before it ended without a result
     * @param status     its dossier's status ({@link DossierStatus#DRAFT} while it waits)
     * @param note       the reason of its last status change (the refusal, the missing items of a supplement
     *                   request), or why it was stopped
     * @param resultFileId its result among its dossier's files, once issued
     */
    public record Member(int position, String procedureCode, String procedureName, String agencyKind,
            String agencyCode, String agencyName, List<String> dependsOn, String state, long dossierId,
            String dossierCode, DossierStatus status, Instant startedAt, Instant receivedAt, Instant dueAt,
            Instant finishedAt, Long feeDueVnd, boolean paid, String note, Long resultFileId) {
    }

    /**
     * A result handed on from one member to the next.
     *
     * @param resultAt   when the result was issued
     * @param startedAt  when the next member was submitted to its agency with it
     * @param receivedAt when the next agency received it: the end of the hand-off
     * @param delay      from the result to the next agency's reception, {@code null} until it received it
     * @param data       the next member's fields filled from the result, by field key
     * @param labels     those fields' labels on the next member's form, by field key (what the citizen reads)
     */
    public record HandOff(String fromCode, String toCode, Instant resultAt, Instant startedAt, Instant receivedAt,
            Duration delay, Map<String, String> data, Map<String, String> labels) {

        /** The data as the citizen reads it: each field's label with its value. */
        public List<Map.Entry<String, String>> labelled() {
            return data.entrySet().stream().map(e -> Map.entry(labels.getOrDefault(e.getKey(), e.getKey()),
                    e.getValue() == null ? "" : e.getValue())).toList();
        }
    }
}
