package vn.opendvc.dossier.internal;

import org.springframework.stereotype.Component;

import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.DossierProblem;
import vn.opendvc.payment.Payments;

/** A dossier as users see it: its row with steps, files, history and whether its fee is paid. */
@Component
class DossierLoader {

    private final DossierStore store;
    private final Payments payments;

    DossierLoader(DossierStore store, Payments payments) {
        this.store = store;
        this.payments = payments;
    }

    Dossier load(long id) {
        DossierStore.Row r = store.row(id).orElseThrow(() -> DossierProblem.notFound(id));
        return new Dossier(r.id(), r.code(), r.procedureId(), r.procedureName(), r.agencyCode(), r.channel(),
                r.status(), r.applicantId() == null ? 0 : r.applicantId(), r.applicantName(), r.applicantPhone(),
                r.formData(), r.processingDays(), r.feeDueVnd(), r.code() != null && payments.isPaid(r.id()),
                r.createdAt(), r.submittedAt(), r.receivedAt(), r.dueAt(),
                r.finishedAt(), r.deliveredAt(), r.apologizedAt() != null, r.currentStep(), r.version(),
                store.steps(id), store.files(id), store.history(id));
    }
}
