package vn.opendvc.feedback;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSourceResolvable;

/**
 * What a feedback is about. {@link #serviceCode()} is its Open311 {@code service_code}; its name is in the bundles
 * ({@code feedback.kinds.<NAME>}).
 */
public enum FeedbackKind implements MessageSourceResolvable {
    /** About an administrative regulation (quy định hành chính). */
    REGULATION,
    /** About the handling of one of the author's dossiers: counts as a complaint in the satisfaction indicator. */
    DOSSIER_HANDLING,
    /** About an officer's conduct (hành vi, thái độ của cán bộ). */
    OFFICER_CONDUCT,
    /** A suggestion (kiến nghị, đề xuất). */
    SUGGESTION;

    public String serviceCode() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<FeedbackKind> ofServiceCode(String code) {
        return Arrays.stream(values()).filter(k -> k.serviceCode().equals(code)).findFirst();
    }

    @Override
    public String[] getCodes() {
        return new String[] {"feedback.kinds." + name()};
    }
}
