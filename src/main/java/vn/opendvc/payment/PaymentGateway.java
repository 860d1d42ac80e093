package vn.opendvc.payment;

import java.util.Map;

/**
 * A payment gateway: where to send the payer, how to check what it sends back, how to ask it about a transaction.
 * VNPay 2.1.0 is the one built in; the national payment platform or another gateway is one more implementation.
 */
public interface PaymentGateway {

    /** Stored on each payment, e.g. {@code VNPAY}. */
    String name();

    /** The signed URL of the gateway's payment page for this payment; {@code clientIp} is the payer's address. */
    String redirectUrl(Payment payment, String clientIp);

    /** Checks the signature of a callback (IPN or browser return) and reads it. Never throws on bad input. */
    Callback verify(Map<String, String> params);

    /** Asks the gateway what became of the payment (VNPay {@code querydr}). */
    QueryResult query(Payment payment);

    /**
     * A verified (or not) callback.
     *
     * @param amountVnd -1 when absent or unreadable
     * @param paid      the gateway says the money was taken (VNPay: response code and transaction status both 00)
     */
    record Callback(boolean signatureValid, String txnRef, long amountVnd, boolean paid, String responseCode,
            String transactionNo, String bankCode) {
    }

    enum Outcome { PAID, FAILED, PENDING, NOT_FOUND, ERROR }

    /** The gateway's answer to a query; {@code amountVnd} is -1 when unknown. */
    record QueryResult(Outcome outcome, long amountVnd, String responseCode, String transactionNo, String bankCode,
            String message) {

        public static QueryResult error(String message) {
            return new QueryResult(Outcome.ERROR, -1, null, null, null, message);
        }
    }
}
