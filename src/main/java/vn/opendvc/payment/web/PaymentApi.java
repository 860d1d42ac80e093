package vn.opendvc.payment.web;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.payment.FeeQuote;
import vn.opendvc.payment.FeeSchedule;
import vn.opendvc.payment.Payment;
import vn.opendvc.payment.PaymentStatus;
import vn.opendvc.payment.Payments;
import vn.opendvc.web.Message;
import vn.opendvc.web.Problems;

/** Payments API: a payment (its payer or an officer of its agency), its receipt, the fee quote ({@link VnpayIpnApi}). */
@RestController
@RequestMapping("/api/v1/payments")
@Tag(name = "Thanh toán / Payments")
class PaymentApi {

    private final Payments payments;
    private final FeeSchedule fees;
    private final VisiblePayments visiblePayments;

    PaymentApi(Payments payments, FeeSchedule fees, VisiblePayments visiblePayments) {
        this.payments = payments;
        this.fees = fees;
        this.visiblePayments = visiblePayments;
    }

    record TransitionJson(Instant at, String from, String to, String source, String detail) {
    }

    record PaymentJson(long id, long reference, String agencyCode, long amountVnd, String status, String gateway,
            String txnRef, String gatewayTransactionNo, Instant createdAt, Instant expiresAt, Instant settledAt,
            String receiptUrl, List<TransitionJson> history) {
    }

    @GetMapping("/{id}")
    @Operation(summary = "Một giao dịch thanh toán (người nộp hoặc cán bộ cơ quan thu) / one payment")
    PaymentJson get(@PathVariable long id, Optional<CurrentUser> user) {
        Payment p = visible(id, user);
        List<TransitionJson> history = payments.history(id).stream()
                .map(t -> new TransitionJson(t.at(), t.from() == null ? null : t.from().name(), t.to().name(),
                        t.source().name(), t.detail()))
                .toList();
        return new PaymentJson(p.id(), p.reference(), p.agencyCode(), p.amountVnd(), p.status().name(), p.gateway(),
                p.txnRef(), p.gatewayTransactionNo(), p.createdAt(), p.expiresAt(), p.settledAt(),
                p.status() == PaymentStatus.SUCCEEDED ? "/api/v1/payments/" + id + "/receipt" : null,
                history);
    }

    @GetMapping(value = "/{id}/receipt", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Biên lai điện tử (PDF) của giao dịch thành công / electronic receipt")
    ResponseEntity<byte[]> receipt(@PathVariable long id, Optional<CurrentUser> user) {
        return visiblePayments.receipt(visible(id, user))
                .orElseThrow(() -> Problems.notFound(Message.of("payment.problem.receipt"), id));
    }

    private Payment visible(long id, Optional<CurrentUser> user) {
        return visiblePayments.find(id, user).orElseThrow(() -> Problems.notFound(Message.of("payment.problem.payment"), id));
    }

    @GetMapping("/fee-quote")
    @Operation(summary = "Số tiền phải nộp khi nộp trực tuyến và cách tính / amount due online and how it is computed")
    FeeQuote quote(@RequestParam long procedureId, @RequestParam String agencyCode,
            @RequestParam(required = false) String category) {
        try {
            return fees.quote(procedureId, agencyCode, category);
        } catch (IllegalArgumentException e) {
            throw Problems.notFound(Message.of("catalog.problem.procedure"), procedureId);
        }
    }
}
