package vn.opendvc.dossier.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.DossierFile;
import vn.opendvc.dossier.DossierStatus;
import vn.opendvc.web.Translations;

/**
 * A dossier in the API: {@code status} is {@code "DRAFT"} or the national code 1–10, {@code statusName} its name in
 * the caller's language. For a connected procedure's dossier, {@code status} is its members' taken together
 * ({@link Dossier#combinedStatus()}: done when every member has its result, stopped when one ended without, …) and
 * {@code ownStatus} the parent's stored one (submitted, or withdrawn); {@code ownStatus} is {@code null} for any other.
 */
record DossierJson(long id, String code, long procedureId, String procedureName, String agencyCode, String channel,
        Object status, String statusName, Object ownStatus, String applicantName, Map<String, String> formData,
        BigDecimal processingDays, Instant createdAt, Instant submittedAt, Instant receivedAt, Instant dueAt,
        Instant finishedAt, Instant deliveredAt, int version, StepJson step, List<DossierFile> files,
        List<HistoryJson> history, Long parentId, List<ChildJson> children) {

    /** A member dossier of a connected procedure's dossier. */
    record ChildJson(long id, String code, long procedureId, String procedureCode, String procedureName,
            String agencyCode, Object status, String statusName, Instant dueAt) {
    }

    record StepJson(int position, String name, String role, Instant dueAt) {
    }

    record HistoryJson(Instant at, Object from, Object to, String action, String actor, String note) {
    }

    static DossierJson of(Dossier d, Translations translations) {
        Dossier.Step step = d.step();
        DossierStatus shown = d.combinedStatus();
        return new DossierJson(d.id(), d.code(), d.procedureId(), d.procedureName(), d.agencyCode(),
                d.channel().name(), shown.apiValue(), translations.text(shown),
                d.children().isEmpty() ? null : d.status().apiValue(), d.applicantName(),
                d.formData(), d.processingDays(), d.createdAt(), d.submittedAt(), d.receivedAt(), d.dueAt(),
                d.finishedAt(), d.deliveredAt(), d.version(),
                step == null ? null : new StepJson(step.position(), step.name(), step.role(), step.dueAt()),
                d.files(),
                d.history().stream().map(h -> new HistoryJson(h.at(), h.from().apiValue(), h.to().apiValue(),
                        h.action().slug(), h.actor(), h.note())).toList(),
                d.parentId(), d.children().stream().map(c -> new ChildJson(c.id(), c.code(), c.procedureId(),
                        c.procedureCode(), c.procedureName(), c.agencyCode(),
                        c.status().apiValue(), translations.text(c.status()), c.dueAt())).toList());
    }
}
