package vn.opendvc.dossier.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.opendvc.calendar.DeadlineStatus;
import vn.opendvc.calendar.WorkingCalendar;
import vn.opendvc.calendar.WorkingDays;
import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.DossierAction;
import vn.opendvc.dossier.DossierFile;
import vn.opendvc.dossier.DossierProblem;
import vn.opendvc.dossier.DossierQueueItem;
import vn.opendvc.dossier.DossierStatus;
import vn.opendvc.dossier.ReportedDossiers;
import vn.opendvc.dossier.Dossiers.FileContent;
import vn.opendvc.dossier.Dossiers.LookupResult;
import vn.opendvc.files.FileStore;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.identity.Role;

/** Reading dossiers: one by id, the applicant's own, an officer's queue, the public lookup, files and actions. */
@Component
class DossierQueries {

    /** Statuses in which a dossier waits for an officer. */
    private static final List<Integer> WAITING = List.of(DossierStatus.SUBMITTED.code(), DossierStatus.RECEIVED.code(),
            DossierStatus.PROCESSING.code(), DossierStatus.DONE.code());

    private final DossierStore store;
    private final DossierLoader loader;
    private final TransitionFacts table;
    private final WorkingCalendar calendar;
    private final FileStore storage;
    private final Clock clock;
    private final DossierAccess access;

    private final List<ReportedDossiers> reported;

    DossierQueries(DossierStore store, DossierLoader loader, TransitionFacts table, WorkingCalendar calendar,
            FileStore storage, Clock clock, DossierAccess access, List<ReportedDossiers> reported) {
        this.reported = reported;
        this.access = access;
        this.store = store;
        this.loader = loader;
        this.table = table;
        this.calendar = calendar;
        this.storage = storage;
        this.clock = clock;
    }

    Optional<Dossier> find(CurrentUser by, long id) {
        return store.row(id).filter(row -> access.canSeeNow(by, row)).map(row -> loader.load(row.id()));
    }

    /** Codes are written in capitals; a code typed in small letters is the same code. */
    Optional<Dossier> findByCode(CurrentUser by, String code) {
        return store.rowByCode(code.strip().toUpperCase(java.util.Locale.ROOT)).filter(row -> access.canSeeNow(by, row))
                .map(row -> loader.load(row.id()));
    }

    List<Dossier> mine(CurrentUser by) {
        return store.ofAccount(by.accountId()).stream().filter(row -> access.canSeeNow(by, row))
                .map(row -> loader.load(row.id())).toList();
    }

    List<DossierQueueItem> queue(CurrentUser officer) {
        if (!officer.isOfficer() || officer.agencyCode() == null) {
            return List.of();
        }
        Instant now = clock.instant();
        List<DossierQueueItem> items = new ArrayList<>();
        for (DossierStore.Row row : store.ofAgency(officer.agencyCode(), WAITING)) {
            Dossier.Step step = store.steps(row.id()).stream().filter(s -> s.position() == row.currentStep())
                    .findFirst().orElse(null);
            String role = step != null ? step.role() : Role.RECEIVER.name();
            if (!officer.hasRole(Role.valueOf(role))) {
                continue;
            }
            DeadlineStatus.State state = row.receivedAt() == null ? null : calendar.status(row.receivedAt(),
                    WorkingDays.of(row.processingDays()), store.pauses(row.id()), now).state();
            items.add(new DossierQueueItem(row.id(), row.code(), row.procedureName(), row.applicantName(),
                    row.status(), step == null ? "Tiếp nhận hồ sơ" : step.name(), role, row.submittedAt(),
                    row.dueAt(), step == null ? null : step.dueAt(), state, row.apologizedAt() != null));
        }
        items.sort(Comparator.comparing((DossierQueueItem i) -> i.dueAt() == null ? i.submittedAt() : i.dueAt(),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(DossierQueueItem::id));
        return items;
    }

    Optional<LookupResult> lookup(String code, String phoneLast4) {
        if (code == null || phoneLast4 == null || !phoneLast4.matches("\\d{4}")) {
            return Optional.empty();
        }
        return store.rowByCode(code.strip())
                .filter(row -> row.applicantPhone() != null && row.applicantPhone().endsWith(phoneLast4))
                .map(this::lookupResult)
                .or(() -> reported.stream().map(r -> r.lookup(code.strip(), phoneLast4)).flatMap(Optional::stream)
                        .findFirst());
    }

    /** A connected procedure's dossier shows its members' combined status and the latest of their dates. */
    private LookupResult lookupResult(DossierStore.Row row) {
        List<Dossier.Child> children = store.children(row.id());
        if (children.isEmpty()) {
            return new LookupResult(row.code(), row.procedureName(), row.status(), row.dueAt());
        }
        Instant due = children.stream().map(Dossier.Child::dueAt).filter(Objects::nonNull)
                .max(Instant::compareTo).orElse(null);
        return new LookupResult(row.code(), row.procedureName(), Dossier.combined(row.status(), children), due);
    }

    FileContent file(CurrentUser by, long dossierId, long fileId) {
        Dossier dossier = find(by, dossierId).orElseThrow(() -> DossierProblem.notFound(dossierId));
        DossierFile file = dossier.files().stream().filter(f -> f.id() == fileId).findFirst()
                .orElseThrow(() -> DossierProblem.notFound(dossierId + "/" + fileId));
        return content(dossierId, file);
    }

    /** The latest result, if one was issued. */
    Optional<FileContent> result(CurrentUser by, long dossierId) {
        Dossier dossier = find(by, dossierId).orElseThrow(() -> DossierProblem.notFound(dossierId));
        return dossier.files().stream().filter(f -> f.kind() == DossierFile.Kind.RESULT)
                .reduce((first, second) -> second).map(f -> content(dossierId, f));
    }

    /** What {@code by} may do now: the rows of the transition table whose guards hold for them. */
    List<DossierAction> actionsFor(CurrentUser by, Dossier dossier) {
        return table.actionsFor(by, store.row(dossier.id()).orElseThrow(), dossier);
    }

    private FileContent content(long dossierId, DossierFile file) {
        return new FileContent(file, storage.open(store.storageKey(dossierId, file.id()).orElseThrow()));
    }
}
