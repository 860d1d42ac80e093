package vn.opendvc.monitoring.internal;

import java.math.BigDecimal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.opendvc.catalog.ConnectedProcedures;
import vn.opendvc.catalog.ProcedureCatalog;
import vn.opendvc.dossier.DossierStatusChanged;
import vn.opendvc.payment.PaymentPurpose;
import vn.opendvc.sync.SyncedDossiersReported;
import vn.opendvc.payment.PaymentSucceeded;
import vn.opendvc.rating.RatingSubmitted;

/** Keeps the indicator counters from the dossier, payment and rating events, after their transactions commit. */
@Component
class IndicatorEvents {

    private final CounterLedger ledger;
    private final FeeRule fees;
    private final SyncBatchCounting syncBatches;

    IndicatorEvents(CounterLedger ledger, FeeRule fees, SyncBatchCounting syncBatches) {
        this.ledger = ledger;
        this.fees = fees;
        this.syncBatches = syncBatches;
    }

    @ApplicationModuleListener
    void on(DossierStatusChanged e) {
        if (fees.connected(e.procedureId())) {
            return; // a connected procedure's dossier is counted in its members, each at its own agency
        }
        boolean feeApplies = fees.applies(e.procedureId());
        ledger.update(e.dossierId(), track -> track.with(e, feeApplies));
    }

    @ApplicationModuleListener
    void on(PaymentSucceeded e) {
        if (e.purpose() != PaymentPurpose.DOSSIER_FEE) {
            return; // an agent's service fee says nothing about the dossier's online payment
        }
        ledger.update(e.reference(), Track::withPayment);
    }

    /**
     * A sync batch's dossiers, counted by {@link SyncBatchCounting} (one turn at a time, batches waiting counted
     * together): without {@code @Transactional} on the listener ({@link ApplicationModuleListener} has it) no
     * connection is held while a batch waits for its turn; the publication is still completed only once it is counted.
     */
    @Async
    @TransactionalEventListener
    void on(SyncedDossiersReported e) {
        syncBatches.count(e.syncedIds());
    }

    @ApplicationModuleListener
    void on(RatingSubmitted e) {
        int score = e.averageScore().multiply(BigDecimal.valueOf(100)).intValue();
        ledger.update(e.dossierId(), track -> track.rated(e.agencyCode(), e.procedureId(), e.at(), score,
                e.complaint()));
    }

    /** Whether a fee applies to a procedure's dossiers: the catalog's fee is above zero. */
    @Component
    static class FeeRule {

        private final ProcedureCatalog catalog;
        private final ConnectedProcedures connectedProcedures;

        FeeRule(ProcedureCatalog catalog, ConnectedProcedures connectedProcedures) {
            this.catalog = catalog;
            this.connectedProcedures = connectedProcedures;
        }

        /**
         * Whether the procedure is a connected one (liên thông): its dossier coordinates member dossiers, which the
         * indicators count each at its own agency, so the dossier itself is not counted.
         */
        boolean connected(long procedureId) {
            return connectedProcedures.isConnected(procedureId);
        }

        boolean applies(long procedureId) {
            return catalog.find(procedureId).map(p -> p.feeVnd() != null && p.feeVnd() > 0).orElse(false);
        }
    }
}
