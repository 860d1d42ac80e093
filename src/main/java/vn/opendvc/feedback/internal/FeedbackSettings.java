package vn.opendvc.feedback.internal;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

import vn.opendvc.calendar.WorkingDays;
import vn.opendvc.feedback.FeedbackKind;

/**
 * {@code opendvc.feedback.*}: the legal times and where feedback goes when nothing names an agency.
 *
 * @param acceptDays    working days the receiving agency has to accept or transfer (default 5)
 * @param answerDays    working days from acceptance to the answer, per kind (default 10 each)
 * @param reopenDays    days after the answer during which the author may reopen it once (default 15)
 * @param defaultAgency the agency that receives feedback that names none (a regulation, a suggestion, Open311
 *                      requests without an {@code agency} attribute): default the province's public administration
 *                      service centre of the demo data, {@code DNG-TTPVHCC}
 * @param maxFiles      photos or PDFs per feedback (default 5); each follows the platform's upload rules
 * @param agencies      the receiving agency by category (kind), for feedback that names no agency nor procedure;
 *                      a kind left out goes to {@code defaultAgency}
 */
@ConfigurationProperties("opendvc.feedback")
public record FeedbackSettings(Integer acceptDays, Map<FeedbackKind, Integer> answerDays, Integer reopenDays,
        String defaultAgency, Integer maxFiles, Map<FeedbackKind, String> agencies) {

    public static final int DEFAULT_ANSWER_DAYS = 10;

    public FeedbackSettings {
        acceptDays = acceptDays == null ? 5 : acceptDays;
        Map<FeedbackKind, Integer> days = new EnumMap<>(FeedbackKind.class);
        for (FeedbackKind kind : FeedbackKind.values()) {
            Integer configured = answerDays == null ? null : answerDays.get(kind);
            days.put(kind, configured == null ? DEFAULT_ANSWER_DAYS : configured);
        }
        answerDays = Map.copyOf(days);
        reopenDays = reopenDays == null ? 15 : reopenDays;
        defaultAgency = defaultAgency == null || defaultAgency.isBlank() ? "DNG-TTPVHCC" : defaultAgency.trim();
        maxFiles = maxFiles == null ? 5 : maxFiles;
        agencies = agencies == null ? Map.of() : Map.copyOf(agencies);
    }

    public static FeedbackSettings defaults() {
        return new FeedbackSettings(null, null, null, null, null, null);
    }

    /** Where feedback of a kind goes when it names no agency: its category's agency, or the default one. */
    public String agencyFor(FeedbackKind kind) {
        String configured = kind == null ? null : agencies.get(kind);
        return configured == null || configured.isBlank() ? defaultAgency : configured.strip();
    }

    public WorkingDays acceptTime() {
        return WorkingDays.of(acceptDays);
    }

    public WorkingDays answerTime(FeedbackKind kind) {
        return WorkingDays.of(answerDays.get(kind));
    }
}
