package vn.opendvc.dossier.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.Dossiers;
import vn.opendvc.identity.CurrentUser;

/**
 * {@code /dossiers/{code}}: the address a partner app, an SMS or an e-mail gives for a dossier, by the code printed on
 * the receipt. It opens the page of whoever follows it: the processing page for an officer of the dossier's agency
 * (open or closed, in their queue or not), otherwise the applicant's own page (the applicant, or whoever registered
 * it); anyone else gets "not found", as if the code did not exist. An anonymous visitor signs in first and is brought
 * back here (the login keeps the address asked for).
 */
@Controller
class DossierDeepLinks {

    /** {@code <agency code>-<yyMMdd>-<sequence>}; anything else cannot be a dossier and is not looked up. */
    private static final String CODE = "[A-Za-z0-9]+(-[A-Za-z0-9]+)*-\\d{6}-\\d{4,}";

    private final Dossiers dossiers;

    DossierDeepLinks(Dossiers dossiers) {
        this.dossiers = dossiers;
    }

    @GetMapping("/dossiers/{code}")
    String open(@PathVariable String code, CurrentUser user) {
        if (!code.matches(CODE)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Dossier dossier = dossiers.findByCode(user, code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        boolean asOfficer = user.isOfficer() && user.worksAt(dossier.agencyCode());
        return "redirect:" + (asOfficer ? "/officer/dossiers/" : "/me/dossiers/") + dossier.id();
    }
}
