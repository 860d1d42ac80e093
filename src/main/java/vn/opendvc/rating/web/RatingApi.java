package vn.opendvc.rating.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.rating.Rating;
import vn.opendvc.rating.RatingCriterion;
import vn.opendvc.rating.RatingRefused;
import vn.opendvc.rating.Ratings;
import vn.opendvc.web.Message;
import vn.opendvc.web.Problems;

/** Ratings API: the applicant rates a delivered dossier once; officers read their agency's ratings. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Đánh giá hài lòng / Satisfaction ratings")
class RatingApi {

    private final Ratings ratings;

    RatingApi(Ratings ratings) {
        this.ratings = ratings;
    }

    /**
     * @param scores by criterion key: timeliness, visits, information, attitude, cost, onlineQuality (1–5)
     */
    record RatingBody(Map<String, Integer> scores, boolean complaint, String comment) {
    }

    record RatingJson(long id, long dossierId, String dossierCode, String agencyCode, long procedureId,
            String procedureName, Map<String, Integer> scores, BigDecimal averageScore, boolean complaint,
            String comment, Instant at) {

        static RatingJson of(Rating r) {
            Map<String, Integer> scores = new LinkedHashMap<>();
            r.scores().forEach((criterion, score) -> scores.put(criterion.key(), score));
            return new RatingJson(r.id(), r.dossierId(), r.dossierCode(), r.agencyCode(), r.procedureId(),
                    r.procedureName(), scores, r.averageScore(), r.complaint(), r.comment(), r.at());
        }
    }

    @PostMapping("/dossiers/{id}/rating")
    @Operation(summary = "Đánh giá hồ sơ đã trả kết quả (một lần, chỉ người nộp) / rate a delivered dossier once")
    ResponseEntity<RatingJson> rate(@PathVariable long id, @RequestBody RatingBody body, CurrentUser user) {
        Map<RatingCriterion, Integer> scores = new EnumMap<>(RatingCriterion.class);
        if (body.scores() != null) {
            for (RatingCriterion criterion : RatingCriterion.values()) {
                Integer score = body.scores().get(criterion.key());
                if (score != null) {
                    scores.put(criterion, score);
                }
            }
        }
        try {
            Rating rating = ratings.rate(user, id, new Ratings.RatingRequest(scores, body.complaint(),
                    body.comment()));
            return ResponseEntity.status(HttpStatus.CREATED).body(RatingJson.of(rating));
        } catch (RatingRefused refused) {
            throw problem(refused);
        }
    }

    @GetMapping("/dossiers/{id}/rating")
    @Operation(summary = "Đánh giá của một hồ sơ / a dossier's rating")
    RatingJson get(@PathVariable long id, CurrentUser user) {
        return ratings.find(user, id).map(RatingJson::of)
                .orElseThrow(() -> Problems.notFound(Message.of("rating.problem.rating"), id));
    }

    @GetMapping("/officer/ratings")
    @Operation(summary = "Các đánh giá của cơ quan của cán bộ / ratings of the officer's agency")
    List<RatingJson> agency(@RequestParam(defaultValue = "100") int limit, CurrentUser user) {
        return ratings.ofAgency(user, Math.clamp(limit, 1, 1000)).stream().map(RatingJson::of).toList();
    }

    static ErrorResponseException problem(RatingRefused refused) {
        return switch (refused.reason()) {
            case NOT_FOUND -> Problems.problem(HttpStatus.NOT_FOUND, "not-found", Problems.title("not-found"),
                    refused.explanation());
            case NOT_DELIVERED -> Problems.problem(HttpStatus.CONFLICT, "rating-not-open",
                    Message.of("rating.problem.not-open.title"), refused.explanation());
            case ALREADY_RATED -> Problems.problem(HttpStatus.CONFLICT, "already-rated",
                    Message.of("rating.problem.already-rated.title"), refused.explanation());
            case INVALID -> Problems.badRequest(refused.explanation());
        };
    }
}
