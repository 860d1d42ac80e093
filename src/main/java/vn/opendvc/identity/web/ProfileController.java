package vn.opendvc.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.opendvc.agency.AgencyDirectory;
import vn.opendvc.identity.AccountProfile;
import vn.opendvc.identity.Accounts;
import vn.opendvc.identity.CurrentUser;

/** The signed-in account's own profile. */
@Controller
class ProfileController {

    private final Accounts accounts;
    private final AgencyDirectory agencies;

    ProfileController(Accounts accounts, AgencyDirectory agencies) {
        this.accounts = accounts;
        this.agencies = agencies;
    }

    @GetMapping("/me")
    String profile(CurrentUser user, Model model) {
        AccountProfile profile = accounts.profile(user.accountId()).orElseThrow(
                () -> new org.springframework.security.access.AccessDeniedException("account removed"));
        model.addAttribute("profile", profile);
        model.addAttribute("account", profile.user());
        model.addAttribute("agency", profile.user().agencyCode() == null ? null
                : agencies.find(profile.user().agencyCode()).orElse(null));
        return "identity/profile";
    }
}
