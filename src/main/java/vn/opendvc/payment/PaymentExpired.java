package vn.opendvc.payment;

import java.time.Instant;

/** Nothing was confirmed before the payment expired; the payer may start a new one. */
public record PaymentExpired(long paymentId, PaymentPurpose purpose, long reference, Instant at) {

    public PaymentExpired {
        purpose = PaymentPurpose.orDossierFee(purpose);
    }
}
