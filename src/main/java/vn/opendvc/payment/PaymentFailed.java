package vn.opendvc.payment;

import java.time.Instant;

/** The gateway reported a failure or the payer cancelled; {@code responseCode} is the gateway's code. */
public record PaymentFailed(long paymentId, PaymentPurpose purpose, long reference, String responseCode, Instant at) {

    public PaymentFailed {
        purpose = PaymentPurpose.orDossierFee(purpose);
    }
}
