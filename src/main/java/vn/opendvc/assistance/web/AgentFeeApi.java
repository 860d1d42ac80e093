package vn.opendvc.assistance.web;

import java.time.Clock;
import java.time.Instant;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.opendvc.assistance.internal.AgentFees;
import vn.opendvc.assistance.internal.FeeReceiptPdf;
import vn.opendvc.assistance.internal.FeeReport;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.payment.PaymentStarted;
import vn.opendvc.web.Message;
import vn.opendvc.web.Problems;

/**
 * The agent's service fee of an assisted dossier, apart from the procedure's legal fee: the agent who submitted the
 * dossier and the citizen whose dossier it is read it; the agent records the cash taken at the counter and both get
 * the receipt. The day's report per agent and organisation is for agents (their organisation), administrators and
 * monitors.
 */
@RestController
@RequestMapping("/api/v1/assisted")
@Tag(name = "Hỗ trợ nộp hồ sơ / Assisted submission")
class AgentFeeApi {

    private final AgentFees fees;
    private final FeeReceiptPdf receipts;
    private final FeeReport report;
    private final Clock clock;

    AgentFeeApi(AgentFees fees, FeeReceiptPdf receipts, FeeReport report, Clock clock) {
        this.fees = fees;
        this.receipts = receipts;
        this.report = report;
        this.clock = clock;
    }

    /**
     * @param status    {@code DUE}, {@code PAID_CASH}, {@code PAID_ONLINE} or {@code WAIVED} (nothing to pay)
     * @param paymentId the online payment that paid it ({@code /api/v1/payments/{id}}), when paid online
     */
    record FeeJson(long dossierId, String organisation, long amountVnd, String status, String receiptNo,
            Instant paidAt, Long paymentId) {

        static FeeJson of(AgentFees.Fee fee) {
            return new FeeJson(fee.dossierId(), fee.organisation(), fee.amountVnd(), fee.status().name(),
                    fee.receiptNo(), fee.paidAt(), fee.paymentId());
        }
    }

    record PaymentJson(long paymentId, long amountVnd, String redirectUrl) {
    }

    @GetMapping("/fees/{dossierId}")
    @Operation(summary = "Phí dịch vụ hỗ trợ của đại lý (không phải phí, lệ phí thủ tục) / the agent's service fee "
            + "of an assisted dossier (not the procedure's legal fee)")
    FeeJson fee(@PathVariable long dossierId, CurrentUser user) {
        return FeeJson.of(visible(user, dossierId));
    }

    @PostMapping("/fees/{dossierId}/cash")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "Đại lý ghi nhận đã thu tiền mặt tại quầy; cấp số biên lai / the agent records the cash "
            + "taken at the counter; gives the receipt number")
    FeeJson cash(@PathVariable long dossierId, CurrentUser agent) {
        return FeeJson.of(fees.payCash(agent, dossierId));
    }

    @PostMapping("/fees/{dossierId}/payments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Công dân thanh toán trực tuyến phí dịch vụ hỗ trợ / the citizen pays the agent's service "
            + "fee online", description = "Header Idempotency-Key: the same key and request give the same answer. "
            + "Follow redirectUrl to the payment gateway; the fee is paid once the gateway confirms it.")
    PaymentJson pay(@PathVariable long dossierId,
            @RequestHeader(name = "Idempotency-Key", required = false) String key, CurrentUser citizen,
            HttpServletRequest request) {
        if (key == null || key.isBlank()) {
            throw Problems.badRequest(Message.of("assistance.fee.problem.idempotency-key"),
                    Map.of("Idempotency-Key", Message.of("assistance.fee.problem.idempotency-key")));
        }
        PaymentStarted started = fees.payOnline(citizen, dossierId, key.strip(), request.getRemoteAddr());
        return new PaymentJson(started.paymentId(), started.amountVnd(), started.redirectUrl());
    }

    @GetMapping(value = "/fees/{dossierId}/receipt.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Biên lai thu phí dịch vụ hỗ trợ (PDF) / receipt of the agent's service fee")
    ResponseEntity<byte[]> receipt(@PathVariable long dossierId, CurrentUser user) {
        return receipt(receipts, visible(user, dossierId));
    }

    @GetMapping("/report")
    @PreAuthorize("hasAnyRole('AGENT', 'ADMIN', 'MONITOR')")
    @Operation(summary = "Báo cáo trong ngày theo đại lý và tổ chức: số hồ sơ, phí phải thu, tiền mặt đã thu / the "
            + "day's report per agent and organisation")
    FeeReport.Report report(@RequestParam(required = false) String date,
            @RequestParam(required = false) String organisation, CurrentUser user) {
        return report.day(user, FeeReport.date(date, clock), organisation);
    }

    private AgentFees.Fee visible(CurrentUser user, long dossierId) {
        return fees.find(user, dossierId)
                .orElseThrow(() -> Problems.notFound(Message.of("assistance.fee.problem.fee"), dossierId));
    }

    /** The receipt inline; a fee not paid has none. */
    static ResponseEntity<byte[]> receipt(FeeReceiptPdf receipts, AgentFees.Fee fee) {
        if (!fee.status().isPaid()) {
            throw Problems.notFound(Message.of("assistance.fee.problem.receipt"), fee.dossierId());
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + fee.receiptNo() + ".pdf\"")
                .contentType(MediaType.APPLICATION_PDF).body(receipts.render(fee));
    }
}
