package vn.opendvc.assistance.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
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

import vn.opendvc.assistance.internal.AgentFees;
import vn.opendvc.assistance.internal.FeeReceiptPdf;
import vn.opendvc.assistance.internal.FeeReport;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.web.Problem;
import vn.opendvc.web.VietnamTime;

/**
 * The agent's fee in pages: "Thu tiền mặt" on the desk's list records the cash and leads back to the list, where the
 * receipt is then linked; the citizen's "Thanh toán trực tuyến" on their dossier page and their receipt; the day's report of the organisation (any organisation, or all, for an
 * administrator or a monitor), with the previous and next day.
 */
@Controller
class AgentFeePages {

    private final AgentFees fees;
    private final FeeReceiptPdf receipts;
    private final FeeReport report;
    private final Clock clock;

    AgentFeePages(AgentFees fees, FeeReceiptPdf receipts, FeeReport report, Clock clock) {
        this.fees = fees;
        this.receipts = receipts;
        this.report = report;
        this.clock = clock;
    }

    @PostMapping("/agent/fees/{dossierId}/cash")
    @PreAuthorize("hasRole('AGENT')")
    String cash(@PathVariable long dossierId, CurrentUser agent) {
        fees.payCash(agent, dossierId);
        return "redirect:/agent";
    }

    @GetMapping("/agent/fees/{dossierId}/receipt.pdf")
    @PreAuthorize("hasRole('AGENT')")
    ResponseEntity<byte[]> receipt(@PathVariable long dossierId, CurrentUser agent) {
        return AgentFeeApi.receipt(receipts, fees.find(agent, dossierId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
    }

    /** The citizen pays the fee online: off to the gateway, or back to the dossier with the reason it cannot. */
    @PostMapping("/me/assisted-fees/{dossierId}/pay")
    String payOnline(@PathVariable long dossierId, @RequestParam String attempt, CurrentUser citizen,
            HttpServletRequest request, RedirectAttributes redirect) {
        try {
            return "redirect:" + fees.payOnline(citizen, dossierId, attempt, request.getRemoteAddr()).redirectUrl();
        } catch (Problem problem) {
            redirect.addFlashAttribute("problem", problem.detailMessage());
            return "redirect:/me/dossiers/" + dossierId;
        }
    }

    @GetMapping("/me/assisted-fees/{dossierId}/receipt.pdf")
    ResponseEntity<byte[]> citizenReceipt(@PathVariable long dossierId, CurrentUser citizen) {
        return AgentFeeApi.receipt(receipts, fees.find(citizen, dossierId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
    }

    @GetMapping("/agent/report")
    @PreAuthorize("hasAnyRole('AGENT', 'ADMIN', 'MONITOR')")
    String report(@RequestParam(required = false) String date, @RequestParam(required = false) String organisation,
            CurrentUser user, Model model, HttpServletResponse response) {
        LocalDate day;
        try {
            day = FeeReport.date(date, clock);
        } catch (Problem problem) {
            model.addAttribute("problem", problem.detailMessage());
            response.setStatus(problem.getStatusCode().value());
            day = LocalDate.now(clock.withZone(VietnamTime.ZONE));
        }
        FeeReport.Report figures = report.day(user, day, organisation);
        model.addAttribute("report", figures);
        model.addAttribute("previous", day.minusDays(1));
        model.addAttribute("next", day.plusDays(1));
        return "assistance/report";
    }
}
