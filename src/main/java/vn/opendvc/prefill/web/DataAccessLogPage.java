package vn.opendvc.prefill.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.opendvc.identity.CurrentUser;
import vn.opendvc.prefill.Prefill;

/** The citizen's page of who looked up their data in national databases. */
@Controller
class DataAccessLogPage {

    private final Prefill prefill;

    DataAccessLogPage(Prefill prefill) {
        this.prefill = prefill;
    }

    @GetMapping("/me/data-access-log")
    String log(CurrentUser user, Model model) {
        model.addAttribute("entries", prefill.accessLog(PrefillApi.applicant(user)));
        return "prefill/access-log";
    }
}
