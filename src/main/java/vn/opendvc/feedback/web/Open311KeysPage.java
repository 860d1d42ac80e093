package vn.opendvc.feedback.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.opendvc.feedback.internal.Open311Keys;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.web.Problem;

/** The administrator's page of Open311 client applications: issue a key (shown once on the answer), revoke one. */
@Controller
class Open311KeysPage {

    private final Open311Keys keys;

    Open311KeysPage(Open311Keys keys) {
        this.keys = keys;
    }

    @GetMapping("/admin/open311/keys")
    String page(CurrentUser admin, Model model) {
        model.addAttribute("clients", keys.list(admin));
        return "feedback/keys";
    }

    /** The key is written into this answer only, never into a redirect or a session. */
    @PostMapping("/admin/open311/keys")
    String issue(@RequestParam(required = false) String name, CurrentUser admin, Model model) {
        try {
            Open311Keys.Issued issued = keys.issue(admin, name);
            model.addAttribute("issued", issued);
            model.addAttribute("issuedName", name.strip());
        } catch (Problem invalid) {
            model.addAttribute("error", invalid.fieldErrors().getOrDefault("name", invalid.detailMessage()));
        }
        return page(admin, model);
    }

    @PostMapping("/admin/open311/keys/{id}/revoke")
    String revoke(@PathVariable long id, CurrentUser admin) {
        keys.revoke(admin, id);
        return "redirect:/admin/open311/keys";
    }
}
