package vn.opendvc.identity.web;

import java.util.Map;
import java.util.Objects;

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
import vn.opendvc.identity.internal.AlreadyRegistered;
import vn.opendvc.identity.internal.RegistrationRejected;
import vn.opendvc.identity.internal.SelfRegistration;

/**
 * Self-registration of citizens and businesses. A refused form comes back with a message next to each wrong
 * field (HTTP 400) and nothing saved; a good one leads to the login page, whether or not its username or number
 * already had an account.
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
        addEmptyForms(model);
        return VIEW;
    }

    @PostMapping("/register/citizen")
    String registerCitizen(@ModelAttribute("citizen") CitizenForm form, BindingResult errors, Model model,
            HttpServletResponse response) {
        return register("citizen", form, errors, model, response);
    }

    @PostMapping("/register/business")
    String registerBusiness(@ModelAttribute("business") BusinessForm form, BindingResult errors, Model model,
            HttpServletResponse response) {
        return register("business", form, errors, model, response);
    }

    /** The page holds both forms: the one not being sent starts empty. */
    private static void addEmptyForms(Model model) {
        model.mergeAttributes(Map.of("citizen", new CitizenForm(), "business", new BusinessForm()));
    }

    private String register(String type, AccountForm form, BindingResult errors, Model model,
            HttpServletResponse response) {
        model.addAttribute("type", type);
        addEmptyForms(model);
        SelfRegistration registration = form.toRegistration();
        String view = register(registration, form.getPassword(), form.getPasswordConfirm(), errors, response);
        form.forgetPasswords();
        return view;
    }

    private String register(SelfRegistration registration, String password, String confirm, BindingResult errors,
            HttpServletResponse response) {
        if (!Objects.equals(password, confirm)) {
            errors.rejectValue("passwordConfirm", "identity.error.passwordConfirm");
            // Show every other mistake at once too; nothing is saved.
            registry.check(registration).forEach(v -> errors.rejectValue(v.field(), v.code()));
        } else {
            try {
                // The same answer whether the account was made or one already existed: registration never reveals
                // who has an account.
                registry.register(registration);
                return "redirect:/login?registered";
            } catch (AlreadyRegistered raced) {
                return "redirect:/login?registered";
            } catch (RegistrationRejected rejected) {
                rejected.violations().forEach(v -> errors.rejectValue(v.field(), v.code()));
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return VIEW;
    }
}
