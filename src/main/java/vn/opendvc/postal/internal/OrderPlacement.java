package vn.opendvc.postal.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Sends a pending shipping order to the carrier. The shipment row is locked while the carrier answers, so two nodes
 * (or the immediate attempt and the retry job) never place the same order twice. An order the carrier could not take
 * for now is sent again later, each wait twice the one before; refused for good, or too often, it fails and the
 * citizen may choose again.
 */
@Component
class OrderPlacement {

    private static final Logger log = LoggerFactory.getLogger(OrderPlacement.class);
    private static final int BATCH = 20;
    private static final Duration LONGEST_WAIT = Duration.ofHours(6);

    private final ShipmentStore store;
    private final ObjectProvider<Carrier> carriers;
    private final PostalSettings settings;
    private final Clock clock;
    private final TransactionTemplate transaction;

    OrderPlacement(ShipmentStore store, ObjectProvider<Carrier> carriers, PostalSettings settings, Clock clock,
            PlatformTransactionManager transactions) {
        this.store = store;
        this.carriers = carriers;
        this.settings = settings;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Places the order if it is still pending, in the caller's transaction or a new one. */
    void place(long shipmentId) {
        transaction.executeWithoutResult(status -> store.forUpdate(shipmentId)
                .filter(s -> s.state() == ShipmentState.PENDING).ifPresent(this::send));
    }

    /** On one node at a time: two nodes retrying the same order would place it with the carrier twice. */
    @Scheduled(fixedDelayString = PostalSettings.RETRY_INTERVAL, initialDelayString = PostalSettings.RETRY_INTERVAL)
    @SchedulerLock(name = "postal.order-retry", lockAtMostFor = "PT10M")
    void retryOnSchedule() {
        retryDue();
    }

    void retryDue() {
        for (long id : store.due(clock.instant(), BATCH)) {
            try {
                place(id);
            } catch (RuntimeException e) {
                log.warn("Postal order {} not sent again", id, e);
            }
        }
    }

    private void send(Shipment s) {
        Instant now = clock.instant();
        int attempts = s.attempts() + 1;
        Carrier carrier = carriers.getIfAvailable();
        if (carrier == null) {
            store.failed(s.id(), attempts, "no postal carrier is configured", now);
            return;
        }
        try {
            Carrier.Placed placed = carrier.place(order(s));
            store.placed(s.id(), placed.orderId(), placed.trackingNumber(), attempts, now);
            store.tracking(s.id(), ShipmentState.REGISTERED, now, now, null);
        } catch (Carrier.CarrierFailure failure) {
            failedAttempt(s, attempts, failure.permanent(), failure.getMessage(), now);
        } catch (RuntimeException unexpected) {
            log.warn("Postal order {} not placed", s.id(), unexpected);
            failedAttempt(s, attempts, false, unexpected.getClass().getSimpleName(), now);
        }
    }

    private void failedAttempt(Shipment s, int attempts, boolean permanent, String reason, Instant now) {
        if (permanent || attempts >= settings.attempts()) {
            log.warn("Postal order {} of dossier {} given up after {} attempt(s): {}", s.id(), s.dossierId(),
                    attempts, reason);
            store.failed(s.id(), attempts, reason, now);
            return;
        }
        Duration wait = settings.retryInterval().multipliedBy(1L << Math.min(attempts - 1, 10));
        store.retryLater(s.id(), attempts, now.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait), reason);
    }

    private Carrier.Order order(Shipment s) {
        return new Carrier.Order("DVC-" + s.id(), s.senderName(), s.senderPhone(), s.senderAddress(),
                s.receiverName(), s.receiverPhone(), s.receiverAddress(), s.itemCode(), s.codVnd(),
                settings.serviceType());
    }
}
