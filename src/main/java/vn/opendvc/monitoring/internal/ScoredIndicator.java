package vn.opendvc.monitoring.internal;

import java.util.List;
import java.util.Map;

import vn.opendvc.web.Message;

/**
 * The scored indicators of the Decision 766 model, each with its group, where its numerator and denominator come
 * from and its default weight and threshold. The decision fixes the group maxima; how a group's points are split
 * among its indicators, and the thresholds, are the portal's choice ({@link ScoringRules}). Names and labels are in
 * the monitoring bundles ({@code monitoring.indicator.<key>}, {@code monitoring.group.<key>}), not here.
 */
enum ScoredIndicator {

    CATALOG_COMPLETE("catalogComplete", Group.TRANSPARENCY, 18, 1.00,
            (t, o) -> get(t, Metrics.CATALOG_COMPLETE), (t, o) -> get(t, Metrics.CATALOG_PROCEDURES), List.of()),
    ON_TIME("onTime", Group.PROGRESS, 20, 1.00,
            (t, o) -> get(t, Metrics.FINISHED_ON_TIME), (t, o) -> get(t, Metrics.FINISHED_WITH_DUE),
            List.of("numerator", "denominator", "late")),
    PROCEDURES_FULL_PROCESS("proceduresFullProcess", Group.ONLINE, 6, 0.80,
            (t, o) -> get(t, Metrics.CATALOG_FULL_PROCESS), (t, o) -> get(t, Metrics.CATALOG_PROCEDURES), List.of()),
    // the channels counted as online are the portal's choice (OnlineChannels)
    SUBMITTED_ONLINE("submittedOnline", Group.ONLINE, 6, 0.50,
            (t, online) -> online.submittedOnline(t), (t, o) -> get(t, Metrics.SUBMITTED),
            List.of("numerator", "denominator")),
    PAID_ONLINE("paidOnline", Group.ONLINE, 10, 0.80,
            (t, o) -> get(t, Metrics.PAID_ONLINE), (t, o) -> get(t, Metrics.FEE_DUE),
            List.of("numerator", "denominator")),
    ELECTRONIC_RESULTS("electronicResults", Group.DIGITISATION, 8, 0.80,
            (t, o) -> get(t, Metrics.RESULT_ELECTRONIC),
            (t, o) -> get(t, Metrics.finished(vn.opendvc.dossier.DossierStatus.DONE)),
            List.of("numerator", "denominator")),
    DIGITIZED_DOSSIERS("digitizedDossiers", Group.DIGITISATION, 7, 0.80,
            (t, o) -> get(t, Metrics.SUBMITTED_DIGITIZED), (t, o) -> get(t, Metrics.SUBMITTED),
            List.of("numerator", "denominator")),
    REUSED_DATA("reusedData", Group.DIGITISATION, 7, 0.80,
            (t, o) -> get(t, Metrics.SUBMITTED_REUSING), (t, o) -> get(t, Metrics.SUBMITTED),
            List.of("numerator", "denominator")),
    // 100% − late share − complaint share
    SATISFACTION("satisfaction", Group.SATISFACTION, 18, 0.90,
            (t, o) -> Math.max(0, get(t, Metrics.FINISHED) - late(t) - get(t, Metrics.COMPLAINTS)),
            (t, o) -> get(t, Metrics.FINISHED), List.of("denominator", "late", "complaints"));

    /** The five groups and their maxima fixed by the decision. */
    enum Group {
        TRANSPARENCY("transparency", 18),
        PROGRESS("progress", 20),
        ONLINE("onlineServices", 22),
        DIGITISATION("digitisation", 22),
        SATISFACTION("satisfaction", 18);

        final String key;
        final int maxPoints;

        Group(String key, int maxPoints) {
            this.key = key;
            this.maxPoints = maxPoints;
        }

        /** The group's name, {@code monitoring.group.<key>} in the bundles. */
        Message title() {
            return Message.of("monitoring.group." + key);
        }
    }

    final String key;
    final Group group;
    final double defaultPoints;
    final double defaultThreshold;
    final Figure numerator;
    final Figure denominator;
    final List<String> dossierParts;

    ScoredIndicator(String key, Group group, double defaultPoints, double defaultThreshold,
            Figure numerator, Figure denominator, List<String> dossierParts) {
        this.key = key;
        this.group = group;
        this.defaultPoints = defaultPoints;
        this.defaultThreshold = defaultThreshold;
        this.numerator = numerator;
        this.denominator = denominator;
        this.dossierParts = dossierParts;
    }

    /** The indicator's name, {@code monitoring.indicator.<key>} in the bundles. */
    Message title() {
        return Message.of("monitoring.indicator." + key);
    }

    /**
     * What its numerator or denominator counts, {@code monitoring.indicator.<key>.numerator} (or denominator); the
     * share submitted online says which channels it counts.
     */
    Message label(String part, OnlineChannels online) {
        String code = "monitoring.indicator." + key + "." + part;
        return this == SUBMITTED_ONLINE && "numerator".equals(part) ? Message.of(code, online.named())
                : Message.of(code);
    }

    /** A numerator or denominator from the counted figures and the rule of which channels count as online. */
    @FunctionalInterface
    interface Figure {
        long of(Map<String, Long> totals, OnlineChannels online);
    }

    static ScoredIndicator byKey(String key) {
        for (ScoredIndicator indicator : values()) {
            if (indicator.key.equals(key)) {
                return indicator;
            }
        }
        return null;
    }

    static long get(Map<String, Long> totals, String metric) {
        return totals.getOrDefault(metric, 0L);
    }

    /** Finished with a promised date but after it. */
    static long late(Map<String, Long> totals) {
        return get(totals, Metrics.FINISHED_WITH_DUE) - get(totals, Metrics.FINISHED_ON_TIME);
    }
}
