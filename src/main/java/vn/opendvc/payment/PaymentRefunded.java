package vn.opendvc.payment;

import java.time.Instant;

/**
 * A payment's money was returned to the payer: a succeeded payment (its reference is no longer paid by it) or a
 * payment that was {@link PaymentStatus#REFUND_DUE} (the reference stays paid by the payment that was credited).
 * Whether a reference is paid is {@link Payments#isPaid}'s answer, not this event's.
 */
public record PaymentRefunded(long paymentId, PaymentPurpose purpose, long reference, long amountVnd, Instant at) {

    public PaymentRefunded {
        purpose = PaymentPurpose.orDossierFee(purpose);
    }
}
