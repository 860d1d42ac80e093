package vn.opendvc.payment;

/** States of a payment; the allowed moves are in {@link PaymentTransitions}. */
public enum PaymentStatus {
    /** Recorded, the payer not yet sent to the gateway. */
    CREATED,
    /** The payer was sent to the gateway; waiting for its answer (IPN or reconciliation). */
    PENDING,
    /** The gateway confirmed the money was taken. */
    SUCCEEDED,
    /** The gateway reported a failure or the payer cancelled. */
    FAILED,
    /** Nothing confirmed before the payment's expiry time. */
    EXPIRED,
    /**
     * The gateway confirmed the money, but the fee was already paid by another payment of the same reference: the
     * money is owed back to the payer (listed on the reconciliation report), never credited.
     */
    REFUND_DUE,
    /** The money was returned to the payer. */
    REFUNDED;

    public boolean isOpen() {
        return this == CREATED || this == PENDING;
    }
}
