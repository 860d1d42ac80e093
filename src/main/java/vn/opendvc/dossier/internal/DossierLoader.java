package vn.opendvc.dossier.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.opendvc.catalog.Procedure;
import vn.opendvc.catalog.ProcedureCatalog;
import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.DossierProblem;
import vn.opendvc.payment.Payments;

/** A dossier as users see it: its row with steps, files, history and whether its fee is paid. */
@Component
class DossierLoader {

    private final DossierStore store;
    private final Payments payments;
    private final ProcedureCatalog catalog;

    DossierLoader(DossierStore store, Payments payments, ProcedureCatalog catalog) {
        this.store = store;
        this.payments = payments;
        this.catalog = catalog;
    }

    Dossier load(long id) {
        DossierStore.Row r = store.row(id).orElseThrow(() -> DossierProblem.notFound(id));
        return new Dossier(r.id(), r.code(), r.procedureId(), r.procedureName(), r.agencyCode(), r.channel(),
                r.status(), r.applicantId() == null ? 0 : r.applicantId(), r.applicantName(), r.applicantPhone(),
                r.formData(), r.processingDays(), r.feeDueVnd(), r.code() != null && payments.isPaid(r.id()),
                r.createdAt(), r.submittedAt(), r.receivedAt(), r.dueAt(),
                r.finishedAt(), r.deliveredAt(), r.apologizedAt() != null, r.currentStep(), r.version(),
                store.steps(id), store.files(id), store.history(id), store.parentOf(id), children(id));
    }

    /** The member dossiers with their procedures' national codes. */
    private List<Dossier.Child> children(long id) {
        return store.children(id).stream().map(c -> new Dossier.Child(c.id(), c.code(), c.procedureId(),
                catalog.find(c.procedureId()).map(Procedure::code).orElse(null),
                c.procedureName(), c.agencyCode(), c.status(), c.dueAt())).toList();
    }
}
