package vn.opendvc.payment.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.opendvc.files.Sha256;
import vn.opendvc.payment.Payment;
import vn.opendvc.payment.PaymentGateway;
import vn.opendvc.payment.PaymentPurpose;
import vn.opendvc.payment.PaymentRefused;
import vn.opendvc.payment.PaymentSource;
import vn.opendvc.payment.PaymentStarted;
import vn.opendvc.payment.PaymentStatus;
import vn.opendvc.payment.PaymentTransition;
import vn.opendvc.payment.PaymentTransitions;
import vn.opendvc.payment.PaymentTransitions.Transition;
import vn.opendvc.payment.Payments;
import vn.opendvc.web.DisplayTime;
import vn.opendvc.web.Message;

/**
 * The payment books: idempotent creation, and every state change through {@link PaymentTransitions}, stored with its
 * time and source and published as an event in the same transaction. Changes are conditional updates on the status and
 * version read, so concurrent callbacks (IPN twice, IPN and reconciliation) settle a payment exactly once.
 */
@Service
class PaymentLedger implements Payments {

    private static final Logger log = LoggerFactory.getLogger(PaymentLedger.class);
    /** Tries of a piece of work that lost a race to a concurrent writer; each retry reads the winner's state. */
    private static final int ATTEMPTS = 5;

    /** States in which a payment's money was confirmed: a replayed confirmation is no anomaly. */
    private static final Set<PaymentStatus> SETTLED_AS_PAID =
            EnumSet.of(PaymentStatus.SUCCEEDED, PaymentStatus.REFUND_DUE, PaymentStatus.REFUNDED);

    /** What became of a gateway's report about a payment. */
    enum Settlement { SETTLED, ALREADY_SETTLED, NOT_FOUND, AMOUNT_MISMATCH }

    private final PaymentStore store;
    private final Map<String, PaymentGateway> gateways;
    private final PaymentProperties properties;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    /** Joins the caller's transaction at a savepoint, or starts one when there is none. */
    private final TransactionTemplate savepoint;
    private final Clock clock;
    private final DisplayTime time;

    PaymentLedger(PaymentStore store, List<PaymentGateway> gateways, PaymentProperties properties,
            ApplicationEventPublisher events, TransactionTemplate tx, Clock clock, DisplayTime time) {
        this.store = store;
        this.gateways = gateways.stream().collect(Collectors.toMap(PaymentGateway::name, Function.identity()));
        this.properties = properties;
        this.events = events;
        this.tx = tx;
        this.savepoint = new TransactionTemplate(tx.getTransactionManager());
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.clock = clock;
        this.time = time;
    }

    PaymentGateway gateway(String name) {
        PaymentGateway gateway = gateways.get(name);
        if (gateway == null) {
            throw new IllegalStateException("no payment gateway " + name);
        }
        return gateway;
    }

    @Override
    public PaymentStarted start(String idempotencyKey, PaymentPurpose purpose, long reference, long payerAccountId,
            String agencyCode, long amountVnd, String orderInfo, String clientIp) {
        validate(idempotencyKey, amountVnd, agencyCode, orderInfo, clientIp);
        String key = idempotencyKey.strip();
        String requestHash = requestHash(purpose, reference, agencyCode, amountVnd, orderInfo);
        for (int attempt = 1; ; attempt++) {
            Optional<PaymentStarted> earlier = earlierAnswer(payerAccountId, key, requestHash);
            if (earlier.isPresent()) {
                return earlier.get();
            }
            if (isPaid(purpose, reference)) {
                throw PaymentRefused.alreadyPaid(reference);
            }
            Optional<PaymentStore.Keyed> open = store.findOpen(purpose, reference);
            if (open.isPresent() && !pastExpiry(open.get().payment(), clock.instant())) {
                return openAnswer(open.get(), payerAccountId, requestHash);
            }
            open.ifPresent(stale -> expire(stale.payment().id(), PaymentSource.EXPIRY));
            try {
                // at a savepoint: losing the race below must not roll back the caller's transaction
                return savepoint.execute(status -> create(key, requestHash, purpose, reference, payerAccountId,
                        agencyCode.strip(), amountVnd, orderInfo.strip(), clientIp.strip()));
            } catch (DuplicateKeyException | ConcurrencyFailureException e) {
                // the same key, or another open payment of the reference, written concurrently: read it on the next
                // pass (PostgreSQL reports the duplicate once the other transaction committed, H2 may report it
                // earlier or as a lock timeout)
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    /** The reference's open payment is the answer to a start by its own payer for the same request. */
    private PaymentStarted openAnswer(PaymentStore.Keyed open, long payer, String requestHash) {
        Payment payment = open.payment();
        if (payment.payerAccountId() != payer || !open.requestHash().equals(requestHash)) {
            throw PaymentRefused.paymentInProgress(payment.reference(), time.dateTime(payment.expiresAt()));
        }
        return new PaymentStarted(payment.id(), payment.amountVnd(), open.redirectUrl());
    }

    private Optional<PaymentStarted> earlierAnswer(long payer, String key, String requestHash) {
        return store.findByKey(payer, key).map(keyed -> {
            if (!keyed.requestHash().equals(requestHash)) {
                throw PaymentRefused.idempotencyKeyReused(key);
            }
            return new PaymentStarted(keyed.payment().id(), keyed.payment().amountVnd(), keyed.redirectUrl());
        });
    }

    private PaymentStarted create(String key, String requestHash, PaymentPurpose purpose, long reference, long payer,
            String agencyCode, long amountVnd, String orderInfo, String clientIp) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String txnRef = UUID.randomUUID().toString().replace("-", "").substring(0, 20).toUpperCase(Locale.ROOT);
        PaymentGateway gateway = gateway(Vnpay.NAME);
        long id = store.insert(txnRef, key, requestHash, purpose, reference, payer, agencyCode, amountVnd, orderInfo, clientIp,
                gateway.name(), now, now.plus(properties.expiry()));
        store.insertTransition(id, now, null, PaymentStatus.CREATED, PaymentSource.USER, null);
        Payment created = store.find(id).orElseThrow();
        String url = gateway.redirectUrl(created, clientIp);
        store.saveRedirectUrl(id, url);
        if (!move(created, PaymentStatus.PENDING, PaymentSource.USER, now, null, null, null, "Chuyển sang cổng thanh toán")) {
            throw new IllegalStateException("payment " + id + " changed while being created");
        }
        return new PaymentStarted(id, amountVnd, url);
    }

    private static void validate(String key, long amountVnd, String agencyCode, String orderInfo, String clientIp) {
        if (key == null || key.isBlank() || key.strip().length() > 100 || !key.strip().matches("[\\x21-\\x7E]+")) {
            throw PaymentRefused.invalid(Message.of("payment.problem.invalid.key"));
        }
        if (amountVnd <= 0 || amountVnd > 99_999_999_999L) {
            throw PaymentRefused.invalid(Message.of("payment.problem.invalid.amount", amountVnd));
        }
        if (agencyCode == null || agencyCode.isBlank() || agencyCode.strip().length() > 64) {
            throw PaymentRefused.invalid(Message.of("payment.problem.invalid.agency"));
        }
        if (orderInfo == null || orderInfo.isBlank() || orderInfo.strip().length() > 255) {
            throw PaymentRefused.invalid(Message.of("payment.problem.invalid.order-info"));
        }
        if (clientIp == null || !clientIp.strip().matches("[0-9A-Fa-f:.]{2,45}")) {
            throw PaymentRefused.invalid(Message.of("payment.problem.invalid.client-ip"));
        }
    }

    /** A dossier fee's request is hashed as before purposes existed, so a retry across an upgrade is recognised. */
    static String requestHash(PaymentPurpose purpose, long reference, String agencyCode, long amountVnd,
            String orderInfo) {
        String canonical = reference + "\n" + agencyCode.strip() + "\n" + amountVnd + "\n" + orderInfo.strip();
        return Sha256.hex(purpose == PaymentPurpose.DOSSIER_FEE ? canonical : purpose + "\n" + canonical);
    }

    @Override
    public Optional<Payment> find(long paymentId) {
        Optional<Payment> payment = store.find(paymentId);
        if (payment.isPresent() && pastExpiry(payment.get(), clock.instant())) {
            expire(payment.get().id(), PaymentSource.EXPIRY);
            return store.find(paymentId);
        }
        return payment;
    }

    Optional<Payment> findByTxnRef(String txnRef) {
        return store.findByTxnRef(txnRef);
    }

    @Override
    public List<Payment> forReference(PaymentPurpose purpose, long reference) {
        return store.forReference(purpose, reference);
    }

    @Override
    public boolean isPaid(PaymentPurpose purpose, long reference) {
        return store.hasStatus(purpose, reference, PaymentStatus.SUCCEEDED);
    }

    @Override
    public List<PaymentTransition> history(long paymentId) {
        return store.transitions(paymentId);
    }

    @Override
    public Payment refund(long paymentId, String note) {
        Payment refunded = withRetry(() -> tx.execute(status -> {
            Payment payment = store.find(paymentId).orElseThrow(() -> new IllegalStateException("no payment " + paymentId));
            if (!move(payment, PaymentStatus.REFUNDED, PaymentSource.USER, clock.instant(), null, null, null, note)) {
                throw new IllegalStateException("payment " + paymentId + " is " + payment.status() + ", not refundable");
            }
            return store.find(paymentId).orElseThrow();
        }));
        return refunded;
    }

    /** Payments whose money is owed back to the payer (a second confirmation for a fee already paid). */
    List<Payment> refundsDue() {
        return store.refundsDue();
    }

    boolean pastExpiry(Payment payment, Instant now) {
        return payment.status().isOpen() && payment.expiresAt().plus(properties.expiryGrace()).isBefore(now);
    }

    /** Expires every open payment past its expiry time and grace; returns how many. */
    int expireDue() {
        int count = 0;
        for (Payment payment : store.openExpiredBefore(clock.instant().minus(properties.expiryGrace()))) {
            if (expire(payment.id(), PaymentSource.EXPIRY)) {
                count++;
            }
        }
        return count;
    }

    boolean expire(long paymentId, PaymentSource source) {
        return withRetry(() -> tx.execute(status -> {
            Payment payment = store.find(paymentId).orElseThrow();
            return pastExpiry(payment, clock.instant())
                    && move(payment, PaymentStatus.EXPIRED, source, clock.instant(), null, null, null,
                            "Hết hạn thanh toán lúc " + Vnpay.date(payment.expiresAt()) + " (GMT+7)");
        }));
    }

    /**
     * Settles a payment on the gateway's word (IPN or querydr). The money counts only when {@code paid}; a report of a
     * different amount settles nothing and is recorded as an anomaly.
     */
    Settlement settle(String txnRef, long amountVnd, boolean paid, String responseCode, String transactionNo,
            String bankCode, PaymentSource source) {
        return withRetry(() -> tx.execute(status -> {
            Optional<Payment> found = store.findByTxnRef(txnRef);
            if (found.isEmpty()) {
                return Settlement.NOT_FOUND;
            }
            Payment payment = found.get();
            Instant now = clock.instant();
            if (amountVnd != payment.amountVnd()) {
                store.insertAnomaly(payment.id(), txnRef, payment.agencyCode(), "AMOUNT_MISMATCH",
                        source + ": cổng báo " + amountVnd + " đ, sổ ghi " + payment.amountVnd() + " đ", now);
                return Settlement.AMOUNT_MISMATCH;
            }
            // a confirmation credits the fee once: another payment of a reference already credited is money to
            // give back (the unique credited_reference makes the loser of a race retry and land here)
            boolean creditedElsewhere = paid && store.credited(payment.purpose(), payment.reference()).filter(id -> id != payment.id())
                    .isPresent();
            PaymentStatus to = !paid ? PaymentStatus.FAILED
                    : creditedElsewhere ? PaymentStatus.REFUND_DUE : PaymentStatus.SUCCEEDED;
            if (!PaymentTransitions.allowed(payment.status(), to, source)) {
                if (paid && !SETTLED_AS_PAID.contains(payment.status())) {
                    store.insertAnomaly(payment.id(), txnRef, payment.agencyCode(), "PAID_BUT_" + payment.status(),
                            source + ": cổng báo đã thanh toán, sổ ghi " + payment.status(), now);
                }
                return Settlement.ALREADY_SETTLED;
            }
            String detail = "vnp_ResponseCode=" + responseCode + (transactionNo == null ? "" : ", vnp_TransactionNo=" + transactionNo);
            if (!move(payment, to, source, now, transactionNo, bankCode, responseCode, detail)) {
                return Settlement.ALREADY_SETTLED;
            }
            if (paid && payment.status() == PaymentStatus.EXPIRED) {
                store.insertAnomaly(payment.id(), txnRef, payment.agencyCode(), "LATE_SUCCESS",
                        source + ": cổng xác nhận thanh toán sau khi giao dịch đã hết hạn", now);
            }
            if (to == PaymentStatus.REFUND_DUE) {
                store.insertAnomaly(payment.id(), txnRef, payment.agencyCode(), "DUPLICATE_PAYMENT",
                        "Hồ sơ " + payment.reference() + " đã được thanh toán bằng giao dịch khác: cần hoàn tiền", now);
            }
            return Settlement.SETTLED;
        }));
    }

    /** The conditional move, its stored transition and its row's event; {@code false} when someone else moved first. */
    private boolean move(Payment payment, PaymentStatus to, PaymentSource source, Instant at, String transactionNo,
            String bankCode, String responseCode, String detail) {
        Optional<Transition> row = PaymentTransitions.find(payment.status(), to, source);
        if (row.isEmpty()) {
            return false;
        }
        boolean settles = to == PaymentStatus.SUCCEEDED || to == PaymentStatus.FAILED || to == PaymentStatus.EXPIRED
                || to == PaymentStatus.REFUND_DUE;
        if (!store.transition(payment, to, settles ? at : null, transactionNo, bankCode)) {
            return false;
        }
        store.insertTransition(payment.id(), at, payment.status(), to, source, detail);
        row.get().eventFor(payment, new PaymentTransitions.Context(at, responseCode)).ifPresent(events::publishEvent);
        log.info("payment {} {} -> {} by {}", payment.id(), payment.status(), to, source);
        return true;
    }

    /**
     * A conflict with a concurrent writer is retried: a lock conflict (H2 reports one where PostgreSQL waits), or a
     * duplicate key (a reference credited by another payment meanwhile). The retry reads the winner's state.
     */
    private <T> T withRetry(java.util.function.Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (ConcurrencyFailureException | DuplicateKeyException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    /** A short, growing wait before a retry, so the winner has time to commit. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(20L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a payment write", e);
        }
    }
}
