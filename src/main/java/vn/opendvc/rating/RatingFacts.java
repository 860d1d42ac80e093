package vn.opendvc.rating;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * A read of the ratings of many dossiers at once, for modules that keep their own figures (the indicators count
 * ratings, their scores and complaints). Carries no comment and no applicant: only what figures are made of.
 */
public interface RatingFacts {

    /** Most dossiers one call may ask about. */
    int MAX_DOSSIERS = 10_000;

    /**
     * What a dossier's rating says.
     *
     * @param averageScore the mean of the criteria's scores, two decimals
     * @param complaint    the applicant flagged a complaint (phản ánh, kiến nghị)
     */
    record Rated(long dossierId, Instant at, BigDecimal averageScore, boolean complaint) {
    }

    /**
     * The ratings of those of the dossiers that were rated (at most one each), by dossier id.
     *
     * @param dossierIds at most {@link #MAX_DOSSIERS}
     */
    Map<Long, Rated> ofDossiers(Collection<Long> dossierIds);
}
