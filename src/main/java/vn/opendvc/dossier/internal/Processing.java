package vn.opendvc.dossier.internal;

import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.DossierAction;
import vn.opendvc.dossier.DossierProblem;
import vn.opendvc.dossier.DossierTransitions.Transition;
import vn.opendvc.dossier.Dossiers.ActionRequest;
import vn.opendvc.identity.AccountKind;
import vn.opendvc.identity.AssuranceLevel;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.payment.Payments;

/**
 * Processing actions: find the row of the transition table, check its guards and the input it asks for, apply it.
 * The row is locked first, so a second officer acting at the same moment waits and then sees the first one's change.
 */
@Component
class Processing {

    /** Who the history names when a confirmed online payment moves a dossier on. */
    static final CurrentUser PAYMENT_SYSTEM = new CurrentUser(0, "payment", AccountKind.OFFICER,
            "Hệ thống thanh toán trực tuyến", null, Set.of(), null, null, AssuranceLevel.LOCAL);

    private final DossierAccess access;
    private final TransitionFacts table;
    private final TransitionApplier applier;
    private final Submission submission;
    private final DossierStore store;
    private final Payments payments;

    Processing(DossierAccess access, TransitionFacts table, TransitionApplier applier, Submission submission,
            DossierStore store, Payments payments) {
        this.access = access;
        this.table = table;
        this.applier = applier;
        this.submission = submission;
        this.store = store;
        this.payments = payments;
    }

    @Transactional
    Dossier act(CurrentUser by, long id, ActionRequest request) {
        DossierStore.Row row = access.visibleForUpdate(by, id);
        if (request.action() == DossierAction.SUBMIT) {
            return submission.submit(by, id);
        }
        if (request.version() != null && request.version() != row.version()) {
            throw DossierProblem.concurrentChange();
        }
        Transition transition = table.allowed(by, row, request.action());
        ActionInput input = ActionInput.of(request);
        input.check(transition.input(), row.dueAt());
        return applier.apply(by, transition, row, input, request.result());
    }

    /** A dossier waiting for its fee moves on once paid; paid before reception or moved on already: nothing. */
    @Transactional
    Optional<Dossier> confirmPayment(long dossierId, String note) {
        DossierStore.Row row = store.rowForUpdate(dossierId).orElse(null);
        if (row == null || !payments.isPaid(dossierId)) {
            return Optional.empty();
        }
        return table.bySystem(row, DossierAction.PAY)
                .map(t -> applier.apply(PAYMENT_SYSTEM, t, row, ActionInput.none(note), null));
    }
}
