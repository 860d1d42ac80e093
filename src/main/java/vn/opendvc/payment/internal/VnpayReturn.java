package vn.opendvc.payment.internal;

import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.opendvc.payment.Payment;
import vn.opendvc.payment.PaymentGateway.Callback;

/**
 * Reads the payer's return from VNPay for the return page: the signature is checked like the IPN's, but nothing is
 * settled here (the IPN or reconciliation decides); the page shows what the gateway said and what the books say.
 */
@Component
public class VnpayReturn {

    /**
     * @param payment the payment in the books, when the signature is valid and the reference known
     */
    public record Result(boolean signatureValid, boolean gatewaySaysPaid, String responseCode, long amountVnd,
            String txnRef, Optional<Payment> payment) {
    }

    private final VnpayGateway gateway;
    private final PaymentLedger ledger;

    VnpayReturn(VnpayGateway gateway, PaymentLedger ledger) {
        this.gateway = gateway;
        this.ledger = ledger;
    }

    public Result read(Map<String, String> params) {
        Callback callback = gateway.verify(params);
        if (!callback.signatureValid()) {
            return new Result(false, false, null, -1, null, Optional.empty());
        }
        Optional<Payment> payment = callback.txnRef() == null ? Optional.empty()
                : ledger.findByTxnRef(callback.txnRef()).flatMap(p -> ledger.find(p.id()));
        return new Result(true, callback.paid(), callback.responseCode(), callback.amountVnd(), callback.txnRef(),
                payment);
    }
}
