package vn.opendvc.payment;

import java.util.List;
import java.util.Optional;

/** Starting and reading payments; settling is the gateway's callbacks' and reconciliation's business. */
public interface Payments {

    /**
     * Records a payment and returns where to send the payer. Idempotent per payer: the same key with the same request
     * (reference, agency, amount, order info) returns the first answer unchanged, even when sent concurrently or after
     * the first call's transaction committed on another node. A reference has at most one open payment: starting
     * again, under any key, while one is open returns that one (its payer and request must be the same), and an open
     * payment past its expiry time and grace is expired first. Safe inside the caller's transaction: a lost race is
     * undone at a savepoint, never by rolling the caller back.
     *
     * @param idempotencyKey the client's key (the {@code Idempotency-Key} header), 1–100 printable ASCII characters
     * @param purpose        what kind of debt is paid: one open and one credited payment per purpose and reference
     * @param reference      what is paid for (the dossier id)
     * @param agencyCode     the payee: the agency the fee goes to, or the assisting organisation
     * @param amountVnd      more than 0 (an exempt or free dossier needs no payment)
     * @param orderInfo      description shown by the gateway; sent without diacritics, as VNPay requires
     * @param clientIp       the payer's IP address ({@code vnp_IpAddr})
     * @throws PaymentRefused 409 when the key was used for a different request, the reference is already paid or
     *                        has an open payment of another payer or request, 400 for bad input
     */
    PaymentStarted start(String idempotencyKey, PaymentPurpose purpose, long reference, long payerAccountId,
            String agencyCode, long amountVnd, String orderInfo, String clientIp);

    /** {@link #start(String, PaymentPurpose, long, long, String, long, String, String)} of a dossier's fee. */
    default PaymentStarted start(String idempotencyKey, long reference, long payerAccountId, String agencyCode,
            long amountVnd, String orderInfo, String clientIp) {
        return start(idempotencyKey, PaymentPurpose.DOSSIER_FEE, reference, payerAccountId, agencyCode, amountVnd,
                orderInfo, clientIp);
    }

    /** The payment, expired first when it is open past its expiry time. */
    Optional<Payment> find(long paymentId);

    /** Payments of a purpose for a reference, newest first. */
    List<Payment> forReference(PaymentPurpose purpose, long reference);

    /** Payments of a dossier's fee, newest first. */
    default List<Payment> forReference(long reference) {
        return forReference(PaymentPurpose.DOSSIER_FEE, reference);
    }

    /** Whether the purpose of the reference has a succeeded (and not refunded) payment. */
    boolean isPaid(PaymentPurpose purpose, long reference);

    /** Whether a dossier's fee has a succeeded (and not refunded) payment. */
    default boolean isPaid(long reference) {
        return isPaid(PaymentPurpose.DOSSIER_FEE, reference);
    }

    /** Stored transitions of a payment, oldest first. */
    List<PaymentTransition> history(long paymentId);

    /**
     * Records that a payment's money was returned (out of band, by the accountant): a succeeded payment, or one whose
     * refund is due because another payment had already paid the fee.
     *
     * @throws IllegalStateException when the payment is neither succeeded nor {@link PaymentStatus#REFUND_DUE}
     */
    Payment refund(long paymentId, String note);
}
