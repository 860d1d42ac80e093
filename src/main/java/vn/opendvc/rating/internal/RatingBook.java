package vn.opendvc.rating.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.DossierStatus;
import vn.opendvc.dossier.Dossiers;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.rating.Rating;
import vn.opendvc.rating.RatingCriterion;
import vn.opendvc.rating.RatingRefused.Reason;
import vn.opendvc.rating.RatingRefused;
import vn.opendvc.rating.RatingSubmitted;
import vn.opendvc.rating.Ratings;
import vn.opendvc.web.Message;

/** Ratings stored in table {@code rating}; the unique dossier id makes "once per dossier" hold under concurrency. */
@Service
class RatingBook implements Ratings {

    static final int MAX_COMMENT = 2000;

    private final Dossiers dossiers;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RatingBook(Dossiers dossiers, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.dossiers = dossiers;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Rating rate(CurrentUser by, long dossierId, RatingRequest request) {
        Dossier dossier = dossiers.find(by, dossierId).filter(d -> d.applicantId() == by.accountId())
                .orElseThrow(() -> new RatingRefused(Reason.NOT_FOUND,
                        Message.of("rating.refused.not-found", dossierId)));
        if (dossier.status() != DossierStatus.RESULT_RETURNED) {
            throw new RatingRefused(Reason.NOT_DELIVERED, Message.of("rating.refused.not-delivered"));
        }
        Map<RatingCriterion, Integer> scores = validScores(request);
        String comment = request.comment() == null || request.comment().isBlank() ? null : request.comment().strip();
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw new RatingRefused(Reason.INVALID, Message.of("rating.refused.comment", MAX_COMMENT));
        }
        BigDecimal average = BigDecimal.valueOf(scores.values().stream().mapToInt(Integer::intValue).sum())
                .divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP);
        Instant now = clock.instant();
        long id;
        try {
            id = jdbc.sql("""
                    insert into rating (dossier_id, dossier_code, agency_code, procedure_id, procedure_name,
                        applicant_id, timeliness, visits, information, attitude, cost, online_quality, average_score,
                        complaint, comment_text, created_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(dossier.id(), dossier.code(), dossier.agencyCode(), dossier.procedureId(),
                            dossier.procedureName(), by.accountId(), scores.get(RatingCriterion.TIMELINESS),
                            scores.get(RatingCriterion.VISITS), scores.get(RatingCriterion.INFORMATION),
                            scores.get(RatingCriterion.ATTITUDE), scores.get(RatingCriterion.COST),
                            scores.get(RatingCriterion.ONLINE_QUALITY), average, request.complaint(), comment,
                            Timestamp.from(now))
                    .update() > 0 ? jdbc.sql("select id from rating where dossier_id = ?").param(dossier.id())
                            .query(Long.class).single() : 0;
        } catch (DuplicateKeyException e) {
            throw alreadyRated();
        }
        events.publishEvent(new RatingSubmitted(dossier.id(), dossier.agencyCode(), dossier.procedureId(), average,
                request.complaint(), now));
        return new Rating(id, dossier.id(), dossier.code(), dossier.agencyCode(), dossier.procedureId(),
                dossier.procedureName(), scores, average, request.complaint(), comment, now);
    }

    private static RatingRefused alreadyRated() {
        return new RatingRefused(Reason.ALREADY_RATED, Message.of("rating.refused.already-rated"));
    }

    private static Map<RatingCriterion, Integer> validScores(RatingRequest request) {
        Map<RatingCriterion, Integer> scores = new EnumMap<>(RatingCriterion.class);
        for (RatingCriterion criterion : RatingCriterion.values()) {
            Integer score = request.scores() == null ? null : request.scores().get(criterion);
            if (score == null || score < 1 || score > 5) {
                throw new RatingRefused(Reason.INVALID,
                        Message.of("rating.refused.score", criterion.label(), criterion.key()));
            }
            scores.put(criterion, score);
        }
        return scores;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Rating> find(CurrentUser by, long dossierId) {
        return dossiers.find(by, dossierId).flatMap(d -> jdbc.sql("select * from rating where dossier_id = ?")
                .param(d.id()).query(RatingBook::rating).optional());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Rating> ofAgency(CurrentUser officer, int limit) {
        if (!officer.isOfficer() || officer.agencyCode() == null) {
            return List.of();
        }
        return jdbc.sql("select * from rating where agency_code = ? order by created_at desc, id desc limit ?")
                .params(officer.agencyCode(), limit).query(RatingBook::rating).list();
    }

    private static Rating rating(ResultSet rs, int row) throws SQLException {
        Map<RatingCriterion, Integer> scores = new EnumMap<>(RatingCriterion.class);
        scores.put(RatingCriterion.TIMELINESS, rs.getInt("timeliness"));
        scores.put(RatingCriterion.VISITS, rs.getInt("visits"));
        scores.put(RatingCriterion.INFORMATION, rs.getInt("information"));
        scores.put(RatingCriterion.ATTITUDE, rs.getInt("attitude"));
        scores.put(RatingCriterion.COST, rs.getInt("cost"));
        scores.put(RatingCriterion.ONLINE_QUALITY, rs.getInt("online_quality"));
        return new Rating(rs.getLong("id"), rs.getLong("dossier_id"), rs.getString("dossier_code"),
                rs.getString("agency_code"), rs.getLong("procedure_id"), rs.getString("procedure_name"), scores,
                rs.getBigDecimal("average_score").setScale(2, RoundingMode.HALF_UP), rs.getBoolean("complaint"),
                rs.getString("comment_text"), rs.getTimestamp("created_at").toInstant());
    }
}
