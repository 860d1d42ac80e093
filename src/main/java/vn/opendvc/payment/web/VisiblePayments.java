package vn.opendvc.payment.web;

import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import vn.opendvc.identity.CurrentUser;
import vn.opendvc.payment.Payment;
import vn.opendvc.payment.PaymentStatus;
import vn.opendvc.payment.Payments;
import vn.opendvc.payment.internal.ReceiptPdf;

/**
 * What the API and the pages show of a payment: only to its payer or an officer of the agency it is paid to, and a
 * receipt only for a succeeded payment. Each caller answers "not found" in its own way (problem details or a page).
 */
@Component
class VisiblePayments {

    private final Payments payments;
    private final ReceiptPdf receipts;

    VisiblePayments(Payments payments, ReceiptPdf receipts) {
        this.payments = payments;
        this.receipts = receipts;
    }

    /** The payment, empty when it does not exist or the user may not see it (the same answer: nothing leaks). */
    Optional<Payment> find(long id, Optional<CurrentUser> user) {
        return payments.find(id).filter(p -> user
                .filter(u -> u.accountId() == p.payerAccountId() || u.worksAt(p.agencyCode())).isPresent());
    }

    /** The receipt as an inline PDF, empty unless the payment succeeded. */
    Optional<ResponseEntity<byte[]>> receipt(Payment payment) {
        if (payment.status() != PaymentStatus.SUCCEEDED) {
            return Optional.empty();
        }
        return Optional.of(ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + ReceiptPdf.number(payment) + ".pdf\"")
                .contentType(MediaType.APPLICATION_PDF).body(receipts.render(payment)));
    }
}
