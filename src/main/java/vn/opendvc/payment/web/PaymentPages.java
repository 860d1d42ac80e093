package vn.opendvc.payment.web;

import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import vn.opendvc.identity.CurrentUser;
import vn.opendvc.payment.Payment;
import vn.opendvc.payment.Payments;
import vn.opendvc.payment.internal.VnpayReturn;

/**
 * The payer's pages: the return from the gateway (shows, never settles), a payment with its history, its receipt.
 */
@Controller
class PaymentPages {

    /** VNPay response codes with a message of their own in i18n/payment. */
    private static final java.util.Set<String> KNOWN_CODES = java.util.Set.of("00", "07", "09", "10", "11", "12", "13",
            "24", "51", "65", "75", "79");

    private final VnpayReturn vnpayReturn;
    private final Payments payments;
    private final VisiblePayments visiblePayments;

    PaymentPages(VnpayReturn vnpayReturn, Payments payments, VisiblePayments visiblePayments) {
        this.vnpayReturn = vnpayReturn;
        this.payments = payments;
        this.visiblePayments = visiblePayments;
    }

    @GetMapping("/payments/vnpay/return")
    String vnpayReturn(@RequestParam Map<String, String> params, Model model) {
        VnpayReturn.Result result = vnpayReturn.read(params);
        model.addAttribute("result", result);
        model.addAttribute("payment", result.payment().orElse(null));
        model.addAttribute("codeKnown", result.responseCode() != null && KNOWN_CODES.contains(result.responseCode()));
        return "payment/return";
    }

    @GetMapping("/payments/{id:\\d+}")
    String payment(@PathVariable long id, Optional<CurrentUser> user, Model model) {
        Payment payment = visible(id, user);
        model.addAttribute("payment", payment);
        model.addAttribute("history", payments.history(id));
        return "payment/payment";
    }

    @GetMapping("/payments/{id:\\d+}/receipt.pdf")
    ResponseEntity<byte[]> receipt(@PathVariable long id, Optional<CurrentUser> user) {
        return visiblePayments.receipt(visible(id, user))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Payment visible(long id, Optional<CurrentUser> user) {
        return visiblePayments.find(id, user)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
