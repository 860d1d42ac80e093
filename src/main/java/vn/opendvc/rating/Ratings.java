package vn.opendvc.rating;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.opendvc.identity.CurrentUser;

/** Rating dossiers and reading the ratings. */
public interface Ratings {

    /**
     * What the applicant submits.
     *
     * @param scores one score 1–5 for every {@link RatingCriterion}
     */
    record RatingRequest(Map<RatingCriterion, Integer> scores, boolean complaint, String comment) {
    }

    /**
     * Rates a dossier for its applicant.
     *
     * @throws RatingRefused when the dossier is not {@code by}'s (NOT_FOUND), not yet delivered (NOT_DELIVERED),
     *                       already rated (ALREADY_RATED) or the request is incomplete (INVALID)
     */
    Rating rate(CurrentUser by, long dossierId, RatingRequest request);

    /** The dossier's rating, for its applicant or an officer of its agency. */
    Optional<Rating> find(CurrentUser by, long dossierId);

    /** The ratings of the officer's agency, newest first (at most {@code limit}); empty for anyone else. */
    List<Rating> ofAgency(CurrentUser officer, int limit);
}
