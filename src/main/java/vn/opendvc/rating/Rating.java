package vn.opendvc.rating;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * A satisfaction rating of one dossier.
 *
 * @param scores       each criterion's score, 1–5
 * @param averageScore the mean of the six scores, two decimals
 * @param complaint    the applicant flagged a complaint (phản ánh, kiến nghị) about the service
 */
public record Rating(long id, long dossierId, String dossierCode, String agencyCode, long procedureId,
        String procedureName, Map<RatingCriterion, Integer> scores, BigDecimal averageScore, boolean complaint,
        String comment, Instant at) {
}
