package vn.opendvc.payment.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.opendvc.agency.AgencyDirectory;
import vn.opendvc.catalog.ProcedureCatalog;
import vn.opendvc.payment.FeeSchedule;
import vn.opendvc.payment.internal.Discounts;

/** ADMIN page of the online discounts (percent by agency and/or procedure, the most specific rule wins). */
@Controller
@RequestMapping("/admin/payment/discounts")
@PreAuthorize("hasRole('ADMIN')")
class DiscountAdminPage {

    private final Discounts discounts;
    private final AgencyDirectory agencies;
    private final ProcedureCatalog catalog;
    private final FeeSchedule fees;
    private final MessageSource messages;
    private final Clock clock;

    DiscountAdminPage(Discounts discounts, AgencyDirectory agencies, ProcedureCatalog catalog, FeeSchedule fees,
            MessageSource messages, Clock clock) {
        this.discounts = discounts;
        this.agencies = agencies;
        this.catalog = catalog;
        this.fees = fees;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("discounts", discounts.all());
        model.addAttribute("exemptions", fees.exemptCategories());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", List.of());
        }
        return "payment/discounts";
    }

    @PostMapping
    String save(@RequestParam(defaultValue = "") String agencyCode, @RequestParam(defaultValue = "") String procedureCode,
            @RequestParam(defaultValue = "") String percent, @RequestParam(defaultValue = "") String note,
            Authentication authentication, RedirectAttributes redirect, Model model, Locale locale) {
        String agency = agencyCode.isBlank() ? Discounts.ANY : agencyCode.strip();
        String procedure = procedureCode.isBlank() ? Discounts.ANY : procedureCode.strip();
        List<String> errors = new ArrayList<>();
        if (!agency.equals(Discounts.ANY) && agencies.find(agency).isEmpty()) {
            errors.add(messages.getMessage("payment.discounts.error.agency", new Object[] {agency}, locale));
        }
        if (!procedure.equals(Discounts.ANY) && catalog.findByCode(procedure).isEmpty()) {
            errors.add(messages.getMessage("payment.discounts.error.procedure", new Object[] {procedure}, locale));
        }
        int value = -1;
        try {
            value = Integer.parseInt(percent.strip());
        } catch (NumberFormatException e) {
            value = -1;
        }
        if (value < 0 || value > 100) {
            errors.add(messages.getMessage("payment.discounts.error.percent", null, locale));
        }
        if (note.length() > 500) {
            errors.add(messages.getMessage("payment.discounts.error.note", null, locale));
        }
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
            model.addAttribute("form", new Form(agencyCode, procedureCode, percent, note));
            return list(model);
        }
        discounts.put(agency, procedure, value, note.isBlank() ? null : note.strip(), authentication.getName(),
                clock.instant());
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/payment/discounts";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        discounts.remove(id);
        redirect.addFlashAttribute("deleted", true);
        return "redirect:/admin/payment/discounts";
    }

    record Form(String agencyCode, String procedureCode, String percent, String note) {
    }
}
