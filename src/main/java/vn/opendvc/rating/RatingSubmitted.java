package vn.opendvc.rating;

import java.math.BigDecimal;
import java.time.Instant;

/** A dossier was rated; published in the transaction that stored the rating. */
public record RatingSubmitted(long dossierId, String agencyCode, long procedureId, BigDecimal averageScore,
        boolean complaint, Instant at) {
}
