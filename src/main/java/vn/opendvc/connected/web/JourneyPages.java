package vn.opendvc.connected.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.opendvc.connected.internal.Supplements;
import vn.opendvc.dossier.DossierProblem;
import vn.opendvc.dossier.Dossiers;
import vn.opendvc.identity.CurrentUser;

/** The one supplement answer from the connected procedure's page; the journey itself is a section of that page. */
@Controller
class JourneyPages {

    private final Supplements supplements;

    JourneyPages(Supplements supplements) {
        this.supplements = supplements;
    }

    @PostMapping("/me/dossiers/{id}/connected-supplement")
    String supplement(@PathVariable long id, @RequestParam(required = false) String document,
            @RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String note,
            CurrentUser user, RedirectAttributes redirect) throws IOException {
        List<Supplements.SupplementFile> files = new ArrayList<>();
        if (file != null && !file.isEmpty() && document != null) {
            files.add(new Supplements.SupplementFile(document,
                    new Dossiers.Upload(file.getOriginalFilename(), file.getBytes())));
        }
        try {
            supplements.answer(user, id, files, note);
            redirect.addFlashAttribute("message", "connected.supplement.sent");
        } catch (DossierProblem problem) {
            redirect.addFlashAttribute("problem", problem.detailMessage());
        }
        return "redirect:/me/dossiers/" + id;
    }
}
