package vn.opendvc.dossier.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.opendvc.dossier.Dossiers;

/** Anyone can follow a dossier with its code and the last 4 digits of the applicant's phone; nothing else shows. */
@Controller
class LookupPage {

    private final Dossiers dossiers;

    LookupPage(Dossiers dossiers) {
        this.dossiers = dossiers;
    }

    @GetMapping("/lookup")
    String lookup(@RequestParam(required = false) String code, @RequestParam(required = false) String phoneLast4,
            Model model) {
        model.addAttribute("code", code);
        if (code != null && !code.isBlank()) {
            model.addAttribute("searched", true);
            model.addAttribute("result", dossiers.lookup(code, phoneLast4).orElse(null));
        }
        return "dossier/lookup";
    }
}
