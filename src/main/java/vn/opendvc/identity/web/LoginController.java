package vn.opendvc.identity.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page: local account form and, when configured, the button for the national e-ID. */
@Controller
class LoginController {

    private final ObjectProvider<ClientRegistrationRepository> eid;

    LoginController(ObjectProvider<ClientRegistrationRepository> eid) {
        this.eid = eid;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("eidEnabled", eid.getIfAvailable() != null);
        return "identity/login";
    }
}
