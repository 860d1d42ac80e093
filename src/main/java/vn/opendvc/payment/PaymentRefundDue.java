package vn.opendvc.payment;

import java.time.Instant;

/**
 * The gateway confirmed a payment for a {@code reference} whose fee another payment had already paid: the money is
 * owed back to the payer. Nothing about the reference changes (it stays paid once); the accountant refunds it.
 */
public record PaymentRefundDue(long paymentId, PaymentPurpose purpose, long reference, long amountVnd, Instant at) {

    public PaymentRefundDue {
        purpose = PaymentPurpose.orDossierFee(purpose);
    }
}
