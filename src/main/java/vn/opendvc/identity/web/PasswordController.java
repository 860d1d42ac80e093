package vn.opendvc.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.opendvc.identity.CurrentUser;
import vn.opendvc.identity.internal.PasswordChange;
import vn.opendvc.identity.security.SignInRenewal;

/**
 * The signed-in account changes its own password. A refused form comes back with a message next to each wrong field
 * (HTTP 400); a change ends the account's other sessions, keeps this one, and leads back to the profile. An account
 * that signs in with the e-ID only is told it has no password here.
 */
@Controller
class PasswordController {

    private static final String VIEW = "identity/password";

    private final PasswordChange change;
    private final SignInRenewal renewal;

    PasswordController(PasswordChange change, SignInRenewal renewal) {
        this.change = change;
        this.renewal = renewal;
    }

    @GetMapping("/me/password")
    String form(CurrentUser user, Model model) {
        model.addAttribute("form", new PasswordForm());
        model.addAttribute("noPassword", !change.possible(user.accountId()));
        return VIEW;
    }

    @PostMapping("/me/password")
    String change(CurrentUser user, @ModelAttribute("form") PasswordForm form, BindingResult errors, Model model,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        model.addAttribute("noPassword", false);
        try {
            change.change(user, form.getCurrentPassword(), form.getNewPassword(), form.getNewPasswordConfirm());
        } catch (PasswordChange.Rejected rejected) {
            rejected.violations().forEach(v -> errors.rejectValue(v.field(), v.code()));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return VIEW;
        } catch (PasswordChange.NoLocalPassword none) {
            model.addAttribute("noPassword", true);
            response.setStatus(HttpStatus.CONFLICT.value());
            return VIEW;
        }
        renewal.renew(user, request, response);
        redirect.addFlashAttribute("message", "identity.password.changed");
        return "redirect:/me";
    }
}
