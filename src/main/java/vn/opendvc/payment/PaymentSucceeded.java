package vn.opendvc.payment;

import java.time.Instant;

/** The gateway confirmed the payment: the fee for {@code reference} is paid. */
public record PaymentSucceeded(long paymentId, long reference, long amountVnd, Instant at) {
}
