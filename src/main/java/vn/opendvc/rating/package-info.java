/**
 * Satisfaction ratings (đánh giá mức độ hài lòng): once the result is delivered, the dossier's applicant rates the
 * service on six criteria (1–5) and may flag a complaint; one rating per dossier; officers read their agency's
 * ratings. Publishes {@link vn.opendvc.rating.RatingSubmitted}. Depends on the dossier module, never the reverse.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Satisfaction ratings")
package vn.opendvc.rating;
