package vn.opendvc.connected.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.opendvc.agency.Agency;
import vn.opendvc.agency.AgencyDirectory;
import vn.opendvc.calendar.WorkingCalendar;
import vn.opendvc.calendar.WorkingDays;
import vn.opendvc.catalog.Composition;
import vn.opendvc.catalog.ProcedureCatalog;
import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.DossierFile;
import vn.opendvc.dossier.DossierStatus;
import vn.opendvc.dossier.Dossiers;
import vn.opendvc.identity.CurrentUser;

/** The journey of a connected procedure's dossier, read for someone who may see it (else empty, as if absent). */
@Component
public class Journeys {

    private final Dossiers dossiers;
    private final SubmittedCompositions compositions;
    private final MemberStore members;
    private final AgencyDirectory agencies;
    private final WorkingCalendar calendar;
    private final ProcedureCatalog catalog;

    Journeys(Dossiers dossiers, SubmittedCompositions compositions, MemberStore members, AgencyDirectory agencies,
            WorkingCalendar calendar, ProcedureCatalog catalog) {
        this.catalog = catalog;
        this.dossiers = dossiers;
        this.compositions = compositions;
        this.members = members;
        this.agencies = agencies;
        this.calendar = calendar;
    }

    public Optional<Journey> of(CurrentUser by, long dossierId) {
        return dossiers.find(by, dossierId).filter(d -> d.parentId() == null)
                .flatMap(parent -> compositions.of(parent).map(c -> journey(by, parent, c)));
    }

    private Journey journey(CurrentUser by, Dossier parent, Composition composition) {
        Map<String, MemberStore.Member> rows = MemberHandOff.byCode(members.ofParent(parent.id()));
        Map<String, Dossier> children = new LinkedHashMap<>();
        rows.values().forEach(r -> dossiers.find(by, r.childId()).ifPresent(d -> children.put(r.memberCode(), d)));
        List<Journey.Member> list = new ArrayList<>();
        List<Journey.HandOff> handOffs = new ArrayList<>();
        long fees = 0;
        int position = 0;
        for (Composition.Member m : composition.members()) {
            position++;
            MemberStore.Member row = rows.get(m.code());
            Dossier child = row == null ? null : children.get(m.code());
            if (child == null) {
                continue; // not submitted yet, or an officer who sees only their own agency's members
            }
            fees += child.feeDueVnd() == null ? 0 : child.feeDueVnd();
            list.add(new Journey.Member(position, m.code(), m.name(), m.agencyKind(), child.agencyCode(),
                    agencies.find(child.agencyCode()).map(Agency::name).orElse(child.agencyCode()), m.dependsOn(),
                    row.state().name(), child.id(), child.code(), child.status(), row.startedAt(),
                    child.receivedAt(), child.dueAt(), child.finishedAt(), child.feeDueVnd(), child.paid(),
                    row.state() == MemberStore.State.STOPPED ? blankless(row.stopReason()) : lastNote(child),
                    child.files().stream().filter(f -> f.kind() == DossierFile.Kind.RESULT).map(DossierFile::id)
                            .reduce((a, b) -> b).orElse(null)));
            if (row.handedOffAt() != null) {
                for (String from : m.dependsOn()) {
                    Dossier source = children.get(from);
                    Map<String, String> data = new LinkedHashMap<>();
                    m.handOffs().stream().filter(h -> h.from().equals(from) && h.field() != null)
                            .forEach(h -> data.put(h.field(), child.formData().get(h.field())));
                    Map<String, String> labels = new LinkedHashMap<>();
                    catalog.find(m.procedureId()).ifPresent(p -> p.formFields().stream()
                            .filter(f -> data.containsKey(f.key())).forEach(f -> labels.put(f.key(), f.label())));
                    Instant resultAt = source == null ? row.handedOffAt() : source.finishedAt();
                    handOffs.add(new Journey.HandOff(source == null ? null : source.code(), child.code(), resultAt,
                            row.startedAt(), child.receivedAt(), child.receivedAt() == null ? null
                                    : Duration.between(resultAt, child.receivedAt()), data, labels));
                }
            }
        }
        Instant due = parent.submittedAt() == null ? null : calendar.deadline(parent.submittedAt(),
                WorkingDays.of(java.math.BigDecimal.valueOf(composition.processingDays())));
        boolean allEnded = !list.isEmpty() && list.size() == composition.members().size()
                && list.stream().allMatch(x -> x.finishedAt() != null || "STOPPED".equals(x.state()));
        Instant finished = allEnded ? list.stream().map(Journey.Member::finishedAt).filter(java.util.Objects::nonNull)
                .max(Instant::compareTo).orElse(null) : null;
        return new Journey(parent.id(), parent.code(), composition.code(), composition.name(),
                parent.combinedStatus(), parent.submittedAt(), due, finished, fees, list, handOffs);
    }

    /** The documents of a member procedure (what a supplement answer may carry). */
    public List<String> documents(String procedureCode) {
        return catalog.findByCode(procedureCode).map(p -> p.documents().stream()
                .map(vn.opendvc.catalog.Procedure.RequiredDocument::name).toList()).orElse(List.of());
    }

    private static String blankless(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** The note of the member's last status change: a refusal's reasons, a supplement request's missing items. */
    private static String lastNote(Dossier child) {
        if (child.status() == DossierStatus.DRAFT || child.history().isEmpty()) {
            return null;
        }
        String note = child.history().get(child.history().size() - 1).note();
        return note == null || note.isBlank() ? null : note;
    }
}
