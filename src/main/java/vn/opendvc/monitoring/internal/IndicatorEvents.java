package vn.opendvc.monitoring.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.opendvc.catalog.ConnectedProcedures;
import vn.opendvc.catalog.ProcedureCatalog;
import vn.opendvc.dossier.DossierStatusChanged;
import vn.opendvc.payment.PaymentPurpose;
import vn.opendvc.sync.SyncedDossierFacts;
import vn.opendvc.sync.SyncedDossiersReported;
import vn.opendvc.payment.PaymentSucceeded;
import vn.opendvc.rating.RatingSubmitted;

/** Keeps the indicator counters from the dossier, payment and rating events, after their transactions commit. */
@Component
class IndicatorEvents {

    private final CounterLedger ledger;
    private final FeeRule fees;
    private final SyncedDossierFacts synced;
    /** Whose turn it is to count a sync batch on this node (fair: batches are counted in the order they wait). */
    private final ReentrantLock syncBatchTurn = new ReentrantLock(true);

    IndicatorEvents(CounterLedger ledger, FeeRule fees, SyncedDossierFacts synced) {
        this.ledger = ledger;
        this.fees = fees;
        this.synced = synced;
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
     * A sync batch's dossiers, in one transaction: the counters move by the whole batch or not at all. Batches take
     * the counters one at a time on a node, waiting for their turn before they open a transaction: a batch of dossiers
     * from across a year moves thousands of counter rows, so concurrent batches (one virtual thread each) would queue
     * on those rows' locks while holding every connection of the pool, and the sync API itself would wait for one.
     * Without {@code @Transactional} on the listener ({@link ApplicationModuleListener} has it), the ledger opens the
     * transaction inside the turn; the publication is still completed only when the batch is counted.
     */
    @Async
    @TransactionalEventListener
    void on(SyncedDossiersReported e) {
        syncBatchTurn.lock();
        try {
            Map<Long, UnaryOperator<Track>> changes = new LinkedHashMap<>();
            // each dossier's state as stored now: a later batch's newer state counted early is seen as no change
            synced.of(e.syncedIds()).forEach(r -> changes.put(Track.syncedKey(r.syncedId()),
                    track -> track.reported(r)));
            ledger.updateAll(changes);
        } finally {
            syncBatchTurn.unlock();
        }
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
