package vn.opendvc.notification.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.opendvc.notification.internal.Deliveries;

/**
 * How the messages went, for MONITOR and ADMIN: counts by delivery status and the latest failures (address masked,
 * text not shown). Only an administrator sends a given-up message again. It lives under {@code /monitor} because only
 * ADMIN may enter {@code /admin/**}.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'MONITOR')")
class DeliveryMonitorPage {

    static final String PATH = "/monitor/notifications";
    static final int FAILURES = 100;

    private final Deliveries deliveries;

    DeliveryMonitorPage(Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    @GetMapping(PATH)
    String page(Model model, Authentication authentication) {
        model.addAttribute("counts", deliveries.countsByStatus());
        model.addAttribute("failures", deliveries.failures(FAILURES));
        model.addAttribute("canResend", authentication.getAuthorities().stream()
                .anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority())));
        return "notification/monitor";
    }

    @PostMapping(PATH + "/{id}/resend")
    @PreAuthorize("hasRole('ADMIN')")
    String resend(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute(deliveries.resend(id) ? "resent" : "notResent", id);
        return "redirect:" + PATH;
    }
}
