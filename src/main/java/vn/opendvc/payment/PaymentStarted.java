package vn.opendvc.payment;

/**
 * The answer to {@link Payments#start}: repeated unchanged for a repeated request under the same idempotency key.
 *
 * @param redirectUrl where to send the payer's browser (the gateway's payment page)
 */
public record PaymentStarted(long paymentId, long amountVnd, String redirectUrl) {
}
