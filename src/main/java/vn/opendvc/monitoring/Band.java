package vn.opendvc.monitoring;

/** The rating band of a total score (Decision 766): at least 90 excellent … below 50 weak. */
public enum Band {
    EXCELLENT(90, "Xuất sắc", "Excellent"),
    GOOD(70, "Tốt", "Good"),
    FAIR(50, "Khá", "Fair"),
    WEAK(0, "Yếu", "Weak");

    private final int from;
    private final String vietnamese;
    private final String english;

    Band(int from, String vietnamese, String english) {
        this.from = from;
        this.vietnamese = vietnamese;
        this.english = english;
    }

    public static Band of(double score) {
        for (Band band : values()) {
            if (score >= band.from) {
                return band;
            }
        }
        return WEAK;
    }

    /** The lowest score of this band. */
    public int from() {
        return from;
    }

    public String vietnamese() {
        return vietnamese;
    }

    public String english() {
        return english;
    }
}
