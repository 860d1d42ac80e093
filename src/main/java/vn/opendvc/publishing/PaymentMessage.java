package vn.opendvc.publishing;

import java.time.Instant;

/**
 * What happened to an online payment, on {@link Topics#PAYMENT}; schema {@code publishing/schema/payment-v1.json}.
 * No payer, card or bank data: only which dossier's fee it is, the amount and the outcome.
 *
 * @param event               {@code SUCCEEDED}, {@code FAILED}, {@code EXPIRED}, {@code REFUND_DUE} or {@code REFUNDED}
 * @param purpose             {@code DOSSIER_FEE} (the procedure's fee) or {@code AGENT_FEE} (an assisting agent's fee)
 * @param dossierCode         {@code null} while the dossier is a draft
 * @param amountVnd           {@code null} for a failed or expired payment
 * @param gatewayResponseCode the gateway's code of a failure, otherwise {@code null}
 */
public record PaymentMessage(int schemaVersion, String messageId, String event, long paymentId, String purpose,
        long dossierId, String dossierCode, String agencyCode, String procedureCode, Long amountVnd,
        String gatewayResponseCode, Instant occurredAt) {

    public static final int SCHEMA_VERSION = 1;
}
