package vn.opendvc.payment;

import static vn.opendvc.payment.PaymentSource.*;
import static vn.opendvc.payment.PaymentStatus.*;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every allowed state change of a payment in one table, with who may cause it and the event it announces; anything
 * else is refused. The ledger finds the row, applies it, records it and publishes the row's event: what other modules
 * hear about a payment is read here, not in the ledger.
 * <p>
 * {@code EXPIRED → SUCCEEDED} exists because the gateway is the truth about money: when it confirms a payment after
 * this side gave up waiting, the payment is credited (and reported as an anomaly) rather than the money lost.
 * {@code CREATED → PENDING} announces nothing: the payer has only been sent to the gateway.
 * <p>
 * The gateway's confirmation goes to {@code SUCCEEDED} only for the first payment that pays a reference's fee; a
 * confirmation of another payment of a reference already paid goes to {@code REFUND_DUE} (the ledger chooses the row,
 * the database keeps one credited payment per reference): the money is owed back, nothing is credited twice, and the
 * accountant's refund closes it.
 */
public final class PaymentTransitions {

    /**
     * What a move knows besides the payment as read before it.
     *
     * @param at           when the move happens
     * @param responseCode the gateway's response code, {@code null} when the move is not the gateway's answer
     */
    public record Context(Instant at, String responseCode) {
    }

    /** Builds the event of a row from the payment as read before the move. */
    @FunctionalInterface
    public interface EventOf {

        /** The event of a row that announces nothing. */
        EventOf NONE = (payment, context) -> null;

        /** The event, or {@code null} for none. */
        Object of(Payment payment, Context context);
    }

    /** One row: from, to, who may cause it and the event it publishes. */
    public record Transition(PaymentStatus from, PaymentStatus to, Set<PaymentSource> sources, EventOf event) {

        /** The event this row publishes for {@code payment} (read before the move); empty for a row without one. */
        public Optional<Object> eventFor(Payment payment, Context context) {
            return Optional.ofNullable(event.of(payment, context));
        }
    }

    private static final EventOf SUCCEEDED_EVENT =
            (p, c) -> new PaymentSucceeded(p.id(), p.purpose(), p.reference(), p.amountVnd(), c.at());
    private static final EventOf FAILED_EVENT =
            (p, c) -> new PaymentFailed(p.id(), p.purpose(), p.reference(), c.responseCode(), c.at());
    private static final EventOf EXPIRED_EVENT = (p, c) -> new PaymentExpired(p.id(), p.purpose(), p.reference(), c.at());
    private static final EventOf REFUND_DUE_EVENT =
            (p, c) -> new PaymentRefundDue(p.id(), p.purpose(), p.reference(), p.amountVnd(), c.at());
    private static final EventOf REFUNDED_EVENT =
            (p, c) -> new PaymentRefunded(p.id(), p.purpose(), p.reference(), p.amountVnd(), c.at());

    public static final List<Transition> TABLE = List.of(
            new Transition(CREATED, PENDING, Set.of(USER), EventOf.NONE),
            new Transition(CREATED, EXPIRED, Set.of(EXPIRY), EXPIRED_EVENT),
            new Transition(PENDING, SUCCEEDED, Set.of(IPN, RECONCILIATION), SUCCEEDED_EVENT),
            new Transition(PENDING, FAILED, Set.of(IPN, RECONCILIATION), FAILED_EVENT),
            new Transition(PENDING, EXPIRED, Set.of(EXPIRY, RECONCILIATION), EXPIRED_EVENT),
            new Transition(EXPIRED, SUCCEEDED, Set.of(IPN, RECONCILIATION), SUCCEEDED_EVENT),
            new Transition(PENDING, REFUND_DUE, Set.of(IPN, RECONCILIATION), REFUND_DUE_EVENT),
            new Transition(EXPIRED, REFUND_DUE, Set.of(IPN, RECONCILIATION), REFUND_DUE_EVENT),
            new Transition(SUCCEEDED, REFUNDED, Set.of(USER), REFUNDED_EVENT),
            new Transition(REFUND_DUE, REFUNDED, Set.of(USER), REFUNDED_EVENT));

    public static Optional<Transition> find(PaymentStatus from, PaymentStatus to, PaymentSource source) {
        return TABLE.stream().filter(t -> t.from() == from && t.to() == to && t.sources().contains(source))
                .findFirst();
    }

    public static boolean allowed(PaymentStatus from, PaymentStatus to, PaymentSource source) {
        return find(from, to, source).isPresent();
    }

    private PaymentTransitions() {
    }
}
