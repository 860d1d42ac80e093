package vn.opendvc.rating;

import java.util.Locale;

import vn.opendvc.web.Message;

/** What the applicant rates, each from 1 (very dissatisfied) to 5 (very satisfied). */
public enum RatingCriterion {
    TIMELINESS, VISITS, INFORMATION, ATTITUDE, COST, ONLINE_QUALITY;

    /** The name the applicant reads: {@code rating.criterion.<key>} in the rating bundles. */
    public Message label() {
        return Message.of("rating.criterion." + key());
    }

    /** The name in the API and forms, e.g. {@code onlineQuality}. */
    public String key() {
        String[] parts = name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder key = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            key.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return key.toString();
    }
}
