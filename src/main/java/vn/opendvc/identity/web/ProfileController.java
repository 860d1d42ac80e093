package vn.opendvc.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.opendvc.agency.AgencyDirectory;
import vn.opendvc.identity.AccountProfile;
import vn.opendvc.identity.Accounts;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.identity.internal.PasswordChange;

/** The signed-in account's own profile. */
@Controller
class ProfileController {

    private final Accounts accounts;
    private final AgencyDirectory agencies;
    private final PasswordChange passwords;

    ProfileController(Accounts accounts, AgencyDirectory agencies, PasswordChange passwords) {
        this.accounts = accounts;
        this.agencies = agencies;
        this.passwords = passwords;
    }

    @GetMapping("/me")
    String profile(CurrentUser user, Model model) {
        AccountProfile profile = accounts.profile(user.accountId()).orElseThrow(
                () -> new org.springframework.security.access.AccessDeniedException("account removed"));
        model.addAttribute("profile", profile);
        model.addAttribute("account", profile.user());
        model.addAttribute("agency", profile.user().agencyCode() == null ? null
                : agencies.find(profile.user().agencyCode()).orElse(null));
        model.addAttribute("canChangePassword", passwords.possible(user.accountId()));
        return "identity/profile";
    }
}
