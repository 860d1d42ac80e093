package vn.opendvc.payment;

import java.util.List;
import java.util.Optional;

/** Starting and reading payments; settling is the gateway's callbacks' and reconciliation's business. */
public interface Payments {

    /**
     * Records a payment and returns where to send the payer. Idempotent per payer: the same key with the same request
     * (reference, agency, amount, order info) returns the first answer unchanged, even after the first call's
     * transaction committed on another node.
     *
     * @param idempotencyKey the client's key (the {@code Idempotency-Key} header), 1–100 printable ASCII characters
     * @param reference      what is paid for (the dossier id)
     * @param agencyCode     the agency the fee goes to
     * @param amountVnd      more than 0 (an exempt or free dossier needs no payment)
     * @param orderInfo      description shown by the gateway; sent without diacritics, as VNPay requires
     * @param clientIp       the payer's IP address ({@code vnp_IpAddr})
     * @throws PaymentRefused 409 when the key was used for a different request or the reference is already paid,
     *                        400 for bad input
     */
    PaymentStarted start(String idempotencyKey, long reference, long payerAccountId, String agencyCode,
            long amountVnd, String orderInfo, String clientIp);

    /** The payment, expired first when it is open past its expiry time. */
    Optional<Payment> find(long paymentId);

    /** Payments for a reference, newest first. */
    List<Payment> forReference(long reference);

    /** Whether the reference has a succeeded (and not refunded) payment. */
    boolean isPaid(long reference);

    /** Stored transitions of a payment, oldest first. */
    List<PaymentTransition> history(long paymentId);

    /**
     * Records that a succeeded payment was refunded (the money returned out of band by the accountant).
     *
     * @throws IllegalStateException when the payment is not succeeded
     */
    Payment refund(long paymentId, String note);
}
