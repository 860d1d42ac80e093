package vn.opendvc.payment;

import java.time.Instant;

/**
 * One payment transaction.
 *
 * @param txnRef               the merchant's unique transaction reference sent to the gateway ({@code vnp_TxnRef})
 * @param purpose              what kind of debt is paid
 * @param reference            what is paid for (the dossier id)
 * @param agencyCode           the agency the fee is paid to (per-agency reconciliation)
 * @param gatewayTransactionNo the gateway's own transaction number once known
 */
public record Payment(long id, String txnRef, PaymentPurpose purpose, long reference, long payerAccountId, String agencyCode, long amountVnd,
        String orderInfo, String gateway, PaymentStatus status, Instant createdAt, Instant expiresAt,
        Instant settledAt, String gatewayTransactionNo, String bankCode, int version) {
}
