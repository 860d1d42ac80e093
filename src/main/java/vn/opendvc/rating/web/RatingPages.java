package vn.opendvc.rating.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.DossierStatus;
import vn.opendvc.dossier.Dossiers;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.rating.RatingCriterion;
import vn.opendvc.rating.RatingRefused;
import vn.opendvc.rating.Ratings;

/** The applicant's rating form for one dossier, and the officer's list of their agency's ratings. */
@Controller
class RatingPages {

    private final Ratings ratings;
    private final Dossiers dossiers;

    RatingPages(Ratings ratings, Dossiers dossiers) {
        this.ratings = ratings;
        this.dossiers = dossiers;
    }

    @GetMapping("/me/dossiers/{id}/rating")
    String form(@PathVariable long id, CurrentUser user, Model model) {
        Dossier dossier = own(user, id);
        model.addAttribute("dossier", dossier);
        model.addAttribute("criteria", List.of(RatingCriterion.values()));
        model.addAttribute("rating", ratings.find(user, id).orElse(null));
        model.addAttribute("open", dossier.status() == DossierStatus.RESULT_RETURNED);
        return "rating/form";
    }

    @PostMapping("/me/dossiers/{id}/rating")
    String rate(@PathVariable long id, @RequestParam Map<String, String> form, CurrentUser user, Model model) {
        Map<RatingCriterion, Integer> scores = new EnumMap<>(RatingCriterion.class);
        for (RatingCriterion criterion : RatingCriterion.values()) {
            String value = form.get(criterion.key());
            if (value != null && value.matches("[1-5]")) {
                scores.put(criterion, Integer.parseInt(value));
            }
        }
        try {
            ratings.rate(user, id, new Ratings.RatingRequest(scores, "true".equals(form.get("complaint")),
                    form.get("comment")));
            return "redirect:/me/dossiers/" + id + "/rating";
        } catch (RatingRefused refused) {
            if (refused.reason() == RatingRefused.Reason.NOT_FOUND) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            model.addAttribute("problem", refused.explanation());
            return form(id, user, model);
        }
    }

    @GetMapping("/officer/ratings")
    String agency(CurrentUser user, Model model) {
        if (!user.isOfficer()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        model.addAttribute("criteria", List.of(RatingCriterion.values()));
        model.addAttribute("ratings", ratings.ofAgency(user, 200));
        return "rating/agency";
    }

    private Dossier own(CurrentUser user, long id) {
        return dossiers.find(user, id).filter(d -> d.applicantId() == user.accountId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
