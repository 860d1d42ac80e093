package vn.opendvc.payment.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.opendvc.identity.CurrentUser;
import vn.opendvc.payment.Payment;
import vn.opendvc.payment.PaymentStatus;
import vn.opendvc.payment.Payments;
import vn.opendvc.payment.internal.DailyReport;
import vn.opendvc.payment.internal.Reconciliation;
import vn.opendvc.web.VietnamTime;

/**
 * The daily reconciliation report per agency, as a page and CSV, for ADMIN and MONITOR. It lives under
 * {@code /monitor} because the application's security lets only ADMIN into {@code /admin/**}.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'MONITOR')")
class ReconciliationPage {

    static final String PATH = "/monitor/payment/reconciliation";

    private final DailyReport reports;
    private final Reconciliation reconciliation;
    private final Payments payments;
    private final Clock clock;

    ReconciliationPage(DailyReport reports, Reconciliation reconciliation, Payments payments, Clock clock) {
        this.reports = reports;
        this.reconciliation = reconciliation;
        this.payments = payments;
        this.clock = clock;
    }

    private LocalDate day(String day) {
        if (day == null || day.isBlank()) {
            return LocalDate.now(clock.withZone(VietnamTime.ZONE));
        }
        try {
            return LocalDate.parse(day.strip());
        } catch (DateTimeParseException e) {
            return LocalDate.now(clock.withZone(VietnamTime.ZONE));
        }
    }

    @GetMapping(PATH)
    String page(@RequestParam(required = false) String day, Model model,
            org.springframework.security.core.Authentication authentication) {
        model.addAttribute("canRun", authentication.getAuthorities().stream()
                .anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority())));
        LocalDate date = day(day);
        model.addAttribute("report", reports.of(date));
        model.addAttribute("previous", date.minusDays(1));
        model.addAttribute("next", date.plusDays(1));
        return "payment/reconciliation";
    }

    @GetMapping(PATH + ".csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String day) {
        LocalDate date = day(day);
        byte[] body = reports.csv(reports.of(date)).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"doi-soat-" + date + ".csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8)).body(body);
    }

    /**
     * Records that the accountant returned the money of a refund due (out of band: VNPay's refund is done in its
     * merchant portal). Only a {@code REFUND_DUE} payment: a succeeded payment is not refunded from this page.
     */
    @PostMapping(PATH + "/refunds/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    String refunded(@PathVariable long id, @RequestParam(required = false) String day,
            CurrentUser user, RedirectAttributes redirect) {
        Payment payment = payments.find(id).filter(p -> p.status() == PaymentStatus.REFUND_DUE)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        payments.refund(payment.id(), "Kế toán đã hoàn tiền (" + user.username() + ")");
        redirect.addFlashAttribute("refunded", payment.txnRef());
        return "redirect:" + PATH + (day == null || day.isBlank() ? "" : "?day=" + day(day));
    }

    /** Runs the reconciliation job now instead of waiting for its schedule. */
    @PostMapping(PATH + "/run")
    @PreAuthorize("hasRole('ADMIN')")
    String run(@RequestParam(required = false) String day, RedirectAttributes redirect) {
        redirect.addFlashAttribute("run", reconciliation.reconcilePending());
        return "redirect:" + PATH + (day == null || day.isBlank() ? "" : "?day=" + day(day));
    }
}
