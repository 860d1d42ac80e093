package vn.opendvc.payment.internal;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.opendvc.payment.PaymentGateway.Callback;
import vn.opendvc.payment.PaymentSource;

/**
 * Answers VNPay's IPN in the order of the merchant spec: signature (97), order (01), amount (04), already confirmed
 * (02), confirmed (00), anything unexpected (99). Paid only when {@code vnp_ResponseCode} and
 * {@code vnp_TransactionStatus} are both {@code 00}; otherwise the payment fails. A replay answers 02 and credits
 * nothing.
 */
@Component
public class VnpayIpn {

    private static final Logger log = LoggerFactory.getLogger(VnpayIpn.class);

    /** The JSON body VNPay expects back. */
    public record Answer(String RspCode, String Message) {

        /** A request whose parameters cannot even be decoded: "anything unexpected" in VNPay's codes. */
        public static final Answer MALFORMED = new Answer("99", "Invalid request");
    }

    private final VnpayGateway gateway;
    private final PaymentLedger ledger;

    VnpayIpn(VnpayGateway gateway, PaymentLedger ledger) {
        this.gateway = gateway;
        this.ledger = ledger;
    }

    public Answer handle(Map<String, String> params) {
        try {
            Callback callback = gateway.verify(params);
            if (!callback.signatureValid()) {
                log.warn("IPN with an invalid signature for {}", params.get("vnp_TxnRef"));
                return new Answer("97", "Invalid signature");
            }
            if (callback.txnRef() == null || callback.txnRef().isBlank()) {
                return new Answer("01", "Order not found");
            }
            return switch (ledger.settle(callback.txnRef(), callback.amountVnd(), callback.paid(),
                    callback.responseCode(), callback.transactionNo(), callback.bankCode(), PaymentSource.IPN)) {
                case NOT_FOUND -> new Answer("01", "Order not found");
                case AMOUNT_MISMATCH -> new Answer("04", "Invalid amount");
                case ALREADY_SETTLED -> new Answer("02", "Order already confirmed");
                case SETTLED -> new Answer("00", "Confirm Success");
            };
        } catch (RuntimeException e) {
            log.error("IPN failed for {}", params.get("vnp_TxnRef"), e);
            return new Answer("99", "Unknown error");
        }
    }
}
