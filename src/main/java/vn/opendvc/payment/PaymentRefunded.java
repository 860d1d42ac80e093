package vn.opendvc.payment;

import java.time.Instant;

/** A succeeded payment was refunded to the payer. */
public record PaymentRefunded(long paymentId, long reference, long amountVnd, Instant at) {
}
