package vn.opendvc.payment;

import static vn.opendvc.payment.PaymentSource.*;
import static vn.opendvc.payment.PaymentStatus.*;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every allowed state change of a payment in one table; anything else is refused.
 * <p>
 * {@code EXPIRED → SUCCEEDED} exists because the gateway is the truth about money: when it confirms a payment after
 * this side gave up waiting, the payment is credited (and reported as an anomaly) rather than the money lost.
 */
public final class PaymentTransitions {

    public record Transition(PaymentStatus from, PaymentStatus to, Set<PaymentSource> sources) {
    }

    public static final List<Transition> TABLE = List.of(
            new Transition(CREATED, PENDING, Set.of(USER)),
            new Transition(CREATED, EXPIRED, Set.of(EXPIRY)),
            new Transition(PENDING, SUCCEEDED, Set.of(IPN, RECONCILIATION)),
            new Transition(PENDING, FAILED, Set.of(IPN, RECONCILIATION)),
            new Transition(PENDING, EXPIRED, Set.of(EXPIRY, RECONCILIATION)),
            new Transition(EXPIRED, SUCCEEDED, Set.of(IPN, RECONCILIATION)),
            new Transition(SUCCEEDED, REFUNDED, Set.of(USER)));

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
