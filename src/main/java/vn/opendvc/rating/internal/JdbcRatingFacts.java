package vn.opendvc.rating.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.opendvc.rating.RatingFacts;

/** Reads table {@code rating} by dossier, one statement per call. */
@Component
class JdbcRatingFacts implements RatingFacts {

    private final JdbcClient jdbc;

    JdbcRatingFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, Rated> ofDossiers(Collection<Long> dossierIds) {
        if (dossierIds.size() > MAX_DOSSIERS) {
            throw new IllegalArgumentException("at most " + MAX_DOSSIERS + " dossiers, got " + dossierIds.size());
        }
        Map<Long, Rated> out = new HashMap<>();
        if (dossierIds.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                select dossier_id, created_at, average_score, complaint from rating
                where dossier_id in (:dossiers)""")
                .param("dossiers", dossierIds)
                .query(rs -> {
                    long dossierId = rs.getLong(1);
                    out.put(dossierId, new Rated(dossierId, rs.getTimestamp(2).toInstant(), rs.getBigDecimal(3),
                            rs.getBoolean(4)));
                });
        return out;
    }
}
