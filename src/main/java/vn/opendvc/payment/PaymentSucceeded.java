package vn.opendvc.payment;

import java.time.Instant;

/** The gateway confirmed the payment: the {@code purpose} of {@code reference} is paid. */
public record PaymentSucceeded(long paymentId, PaymentPurpose purpose, long reference, long amountVnd, Instant at) {

    public PaymentSucceeded {
        purpose = PaymentPurpose.orDossierFee(purpose);
    }
}
