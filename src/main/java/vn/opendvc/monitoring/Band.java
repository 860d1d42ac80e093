package vn.opendvc.monitoring;

import org.springframework.context.MessageSourceResolvable;

/**
 * The rating band of a total score (Decision 766): at least 90 excellent … below 50 weak. Each band is a message of
 * its own: its name is in the monitoring bundles ({@code monitoring.band.<NAME>}), in the reader's language.
 */
public enum Band implements MessageSourceResolvable {
    EXCELLENT(90),
    GOOD(70),
    FAIR(50),
    WEAK(0);

    private final int from;

    Band(int from) {
        this.from = from;
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

    /** The key of the band's name in the message bundles ({@code monitoring.band.<NAME>}). */
    public String messageCode() {
        return "monitoring.band." + name();
    }

    @Override
    public String[] getCodes() {
        return new String[] {messageCode()};
    }
}
