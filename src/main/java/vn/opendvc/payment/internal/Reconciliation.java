package vn.opendvc.payment.internal;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import vn.opendvc.payment.Payment;
import vn.opendvc.payment.PaymentGateway;
import vn.opendvc.payment.PaymentGateway.QueryResult;
import vn.opendvc.payment.PaymentSource;

/**
 * The scheduled jobs: asks the gateway about payments still pending after {@code opendvc.payment.reconcile-after} and
 * settles them on its answer (a payment the gateway does not know, or still reports unfinished, expires once past its
 * expiry time and grace); expires open payments nobody confirmed. Every node may run them: the conditional updates
 * make a second node's work a no-op.
 */
@Component
public class Reconciliation {

    private static final Logger log = LoggerFactory.getLogger(Reconciliation.class);
    private static final int BATCH = 200;

    /** What one run did; serializable, as the page shows it after a redirect (the session is kept in the database). */
    public record Run(int asked, int settled, int expired, int errors) implements Serializable {
    }

    private final PaymentLedger ledger;
    private final PaymentStore store;
    private final PaymentProperties properties;
    private final Clock clock;

    Reconciliation(PaymentLedger ledger, PaymentStore store, PaymentProperties properties, Clock clock) {
        this.ledger = ledger;
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "${opendvc.payment.reconcile-cron:0 */2 * * * *}")
    @SchedulerLock(name = "payment.reconcile", lockAtMostFor = "PT10M", lockAtLeastFor = "PT30S")
    void scheduledReconcile() {
        Run run = reconcilePending();
        if (run.asked() > 0) {
            log.info("payment reconciliation: {}", run);
        }
    }

    @Scheduled(cron = "${opendvc.payment.expiry-cron:30 * * * * *}")
    @SchedulerLock(name = "payment.expire", lockAtMostFor = "PT5M", lockAtLeastFor = "PT20S")
    void scheduledExpiry() {
        int expired = ledger.expireDue();
        if (expired > 0) {
            log.info("payments expired: {}", expired);
        }
    }

    /** One pass over the payments pending longer than the configured time. */
    public Run reconcilePending() {
        Instant now = clock.instant();
        List<Payment> pending = store.pendingCreatedBefore(now.minus(properties.reconcileAfter()), BATCH);
        int settled = 0;
        int expired = 0;
        int errors = 0;
        for (Payment payment : pending) {
            PaymentGateway gateway = ledger.gateway(payment.gateway());
            QueryResult result = gateway.query(payment);
            switch (result.outcome()) {
                case PAID, FAILED -> {
                    PaymentLedger.Settlement s = ledger.settle(payment.txnRef(), result.amountVnd(),
                            result.outcome() == PaymentGateway.Outcome.PAID, result.responseCode(),
                            result.transactionNo(), result.bankCode(), PaymentSource.RECONCILIATION);
                    if (s == PaymentLedger.Settlement.SETTLED) {
                        settled++;
                    }
                }
                case PENDING, NOT_FOUND -> {
                    if (ledger.pastExpiry(payment, now) && ledger.expire(payment.id(), PaymentSource.RECONCILIATION)) {
                        expired++;
                    }
                }
                case ERROR -> {
                    errors++;
                    log.warn("querydr for payment {} ({}): {}", payment.id(), payment.txnRef(), result.message());
                }
            }
        }
        return new Run(pending.size(), settled, expired, errors);
    }

    /** Expires what is due now (the job's work, callable from a test or a page). */
    public int expireDue() {
        return ledger.expireDue();
    }
}
