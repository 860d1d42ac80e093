package vn.opendvc.identity.web;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.opendvc.identity.internal.AccountRegistry;
import vn.opendvc.identity.internal.BusinessRegistration;
import vn.opendvc.identity.internal.CitizenRegistration;
import vn.opendvc.identity.internal.RegistrationRejected;
import vn.opendvc.identity.internal.RegistrationRejected.Violation;

/**
 * Self-registration of citizens and businesses. A refused form comes back with a message next to each wrong
 * field (HTTP 400) and nothing saved; a good one leads to the login page.
 */
@Controller
class RegistrationController {

    private static final String VIEW = "identity/register";

    private final AccountRegistry registry;

    RegistrationController(AccountRegistry registry) {
        this.registry = registry;
    }

    @GetMapping("/register")
    String form(@RequestParam(name = "type", required = false) String type, Model model) {
        boolean business = "business".equals(type);
        model.addAttribute("type", business ? "business" : "citizen");
        model.addAttribute("citizen", new CitizenForm());
        model.addAttribute("business", new BusinessForm());
        return VIEW;
    }

    @PostMapping("/register/citizen")
    String registerCitizen(@ModelAttribute("citizen") CitizenForm form, BindingResult errors, Model model,
            HttpServletResponse response) {
        model.addAttribute("type", "citizen");
        model.addAttribute("business", new BusinessForm());
        CitizenRegistration registration = form.toRegistration();
        String view = register(errors, response, form.getPassword(), form.getPasswordConfirm(),
                () -> registry.check(registration), () -> registry.registerCitizen(registration));
        form.setPassword(null);
        form.setPasswordConfirm(null);
        return view;
    }

    @PostMapping("/register/business")
    String registerBusiness(@ModelAttribute("business") BusinessForm form, BindingResult errors, Model model,
            HttpServletResponse response) {
        model.addAttribute("type", "business");
        model.addAttribute("citizen", new CitizenForm());
        BusinessRegistration registration = form.toRegistration();
        String view = register(errors, response, form.getPassword(), form.getPasswordConfirm(),
                () -> registry.check(registration), () -> registry.registerBusiness(registration));
        form.setPassword(null);
        form.setPasswordConfirm(null);
        return view;
    }

    private String register(BindingResult errors, HttpServletResponse response, String password, String confirm,
            Supplier<List<Violation>> check, Runnable save) {
        if (!Objects.equals(password, confirm)) {
            errors.rejectValue("passwordConfirm", "identity.error.passwordConfirm");
            // Show every other mistake at once too; nothing is saved.
            check.get().forEach(v -> errors.rejectValue(v.field(), v.code()));
        } else {
            try {
                save.run();
                return "redirect:/login?registered";
            } catch (RegistrationRejected rejected) {
                rejected.violations().forEach(v -> errors.rejectValue(v.field(), v.code()));
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return VIEW;
    }
}
