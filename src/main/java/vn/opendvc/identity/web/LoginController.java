package vn.opendvc.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.opendvc.identity.security.EidProperties;

/** The login page: local account form and, when configured, the button for the national e-ID. */
@Controller
class LoginController {

    private final EidProperties eid;

    LoginController(EidProperties eid) {
        this.eid = eid;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("eidEnabled", eid.enabled());
        return "identity/login";
    }
}
