package vn.opendvc.rating;

import java.util.Locale;

/** What the applicant rates, each from 1 (very dissatisfied) to 5 (very satisfied). */
public enum RatingCriterion {
    TIMELINESS("Thời gian giải quyết", "Timeliness"),
    VISITS("Số lần phải đi lại", "Number of visits"),
    INFORMATION("Thông tin, hướng dẫn", "Information and guidance"),
    ATTITUDE("Thái độ của cán bộ", "Staff attitude"),
    COST("Chi phí", "Cost"),
    ONLINE_QUALITY("Chất lượng dịch vụ trực tuyến", "Online service quality");

    private final String vietnamese;
    private final String english;

    RatingCriterion(String vietnamese, String english) {
        this.vietnamese = vietnamese;
        this.english = english;
    }

    public String displayName(Locale locale) {
        return "en".equals(locale.getLanguage()) ? english : vietnamese;
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
