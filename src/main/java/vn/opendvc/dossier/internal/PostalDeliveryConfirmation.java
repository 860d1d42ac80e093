package vn.opendvc.dossier.internal;

import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.DossierAction;
import vn.opendvc.identity.AccountKind;
import vn.opendvc.identity.AssuranceLevel;
import vn.opendvc.identity.CurrentUser;

/**
 * The postal carrier handed the result to the applicant: the system delivers the done dossier (the table's
 * {@code DONE --DELIVER/SYSTEM--> RESULT_RETURNED} row), as a confirmed payment moves a dossier waiting for its fee
 * on. The postal module calls it from the carrier's tracking callback, in the callback's transaction.
 */
@Component
class PostalDeliveryConfirmation {

    /** Who the history names when the carrier's confirmation delivers a dossier. */
    static final CurrentUser POSTAL_CARRIER = new CurrentUser(0, "postal", AccountKind.OFFICER,
            "Bưu điện (phát kết quả qua bưu chính)", null, Set.of(), null, null, AssuranceLevel.LOCAL);

    private final DossierStore store;
    private final TransitionFacts table;
    private final TransitionApplier applier;

    PostalDeliveryConfirmation(DossierStore store, TransitionFacts table, TransitionApplier applier) {
        this.store = store;
        this.table = table;
        this.applier = applier;
    }

    /** Done → result returned with the carrier's proof in the history; any other status: nothing. */
    @Transactional
    Optional<Dossier> confirm(long dossierId, String proofNote) {
        DossierStore.Row row = store.rowForUpdate(dossierId).orElse(null);
        if (row == null) {
            return Optional.empty();
        }
        return table.bySystem(row, DossierAction.DELIVER)
                .map(t -> applier.apply(POSTAL_CARRIER, t, row, ActionInput.none(proofNote), null));
    }
}
