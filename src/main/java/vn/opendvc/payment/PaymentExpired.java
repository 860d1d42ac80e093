package vn.opendvc.payment;

import java.time.Instant;

/** Nothing was confirmed before the payment expired; the payer may start a new one. */
public record PaymentExpired(long paymentId, long reference, Instant at) {
}
