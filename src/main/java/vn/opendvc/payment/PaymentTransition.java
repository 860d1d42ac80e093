package vn.opendvc.payment;

import java.time.Instant;

/** One stored state change of a payment ({@code from} is {@code null} for the creation). */
public record PaymentTransition(long paymentId, Instant at, PaymentStatus from, PaymentStatus to, PaymentSource source,
        String detail) {
}
