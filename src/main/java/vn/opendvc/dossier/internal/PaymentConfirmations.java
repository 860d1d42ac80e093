package vn.opendvc.dossier.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.opendvc.dossier.Dossiers;
import vn.opendvc.payment.PaymentPurpose;
import vn.opendvc.payment.PaymentSucceeded;

/**
 * A confirmed online payment moves the dossier waiting for its fee on. Runs after the payment's transaction,
 * recorded in the event publication registry, so a crash in between does not lose it.
 */
@Component
class PaymentConfirmations {

    private final Dossiers dossiers;

    PaymentConfirmations(Dossiers dossiers) {
        this.dossiers = dossiers;
    }

    @ApplicationModuleListener
    void on(PaymentSucceeded paid) {
        if (paid.purpose() != PaymentPurpose.DOSSIER_FEE) {
            return;
        }
        dossiers.confirmPayment(paid.reference(), String.format(java.util.Locale.of("vi"),
                "Đã thanh toán %,d đồng (giao dịch %d)", paid.amountVnd(), paid.paymentId()));
    }
}
