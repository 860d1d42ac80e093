package vn.opendvc.dossier.web;

import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.DossierQueueItem;
import vn.opendvc.dossier.Dossiers;
import vn.opendvc.identity.CurrentUser;

/**
 * {@code /dossiers/{code}}: the address a partner app, an SMS or an e-mail gives for a dossier, by the code printed on
 * the receipt. It opens the page of whoever follows it: the applicant's own page, or the processing page for an
 * officer who has the dossier in their queue or registered it; anyone else gets "not found", as if the code did not
 * exist. An anonymous visitor signs in first and is brought back here (the login keeps the address asked for).
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
            throw notFound();
        }
        if (user.isOfficer()) {
            return officerDossier(user, code).map(id -> "redirect:/officer/dossiers/" + id).orElseThrow(this::notFound);
        }
        return own(user, code).map(id -> "redirect:/me/dossiers/" + id).orElseThrow(this::notFound);
    }

    /**
     * The module's API finds dossiers by who may act on them, not by code: an officer's queue, then the dossiers
     * they registered at the counter. A closed dossier of their agency that is in neither is not found here.
     */
    private Optional<Long> officerDossier(CurrentUser officer, String code) {
        return dossiers.queue(officer).stream().filter(item -> code.equalsIgnoreCase(item.code()))
                .map(DossierQueueItem::id).findFirst()
                .or(() -> own(officer, code));
    }

    private Optional<Long> own(CurrentUser user, String code) {
        return dossiers.mine(user).stream().filter(dossier -> code.equalsIgnoreCase(dossier.code()))
                .map(Dossier::id).findFirst();
    }

    private ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
