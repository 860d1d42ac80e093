package vn.opendvc.monitoring.internal;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Weights and thresholds of the indicators, by indicator key, e.g.
 * {@code opendvc.indicators.points.submittedOnline=6}, {@code opendvc.indicators.thresholds.paidOnline=0.8}.
 * Unset keys take the defaults of {@link ScoredIndicator}. The points of a group must add up to the group's
 * maximum fixed by the decision, otherwise the application refuses to start.
 */
@ConfigurationProperties("opendvc.indicators")
class ScoringRules {

    private final Map<ScoredIndicator, Double> points = new EnumMap<>(ScoredIndicator.class);
    private final Map<ScoredIndicator, Double> thresholds = new EnumMap<>(ScoredIndicator.class);

    ScoringRules(Map<String, Double> points, Map<String, Double> thresholds) {
        Map<String, Double> p = points == null ? Map.of() : points;
        Map<String, Double> t = thresholds == null ? Map.of() : thresholds;
        Stream.concat(p.keySet().stream(), t.keySet().stream()).filter(key -> ScoredIndicator.byKey(key) == null)
                .findFirst().ifPresent(key -> {
                    throw new IllegalArgumentException("opendvc.indicators: no indicator named " + key);
                });
        Map<ScoredIndicator.Group, Double> sums = new EnumMap<>(ScoredIndicator.Group.class);
        for (ScoredIndicator indicator : ScoredIndicator.values()) {
            double weight = p.getOrDefault(indicator.key, indicator.defaultPoints);
            double threshold = t.getOrDefault(indicator.key, indicator.defaultThreshold);
            if (weight < 0 || threshold <= 0 || threshold > 1) {
                throw new IllegalArgumentException("opendvc.indicators." + indicator.key
                        + ": points must be ≥ 0 and the threshold in (0, 1]");
            }
            this.points.put(indicator, weight);
            this.thresholds.put(indicator, threshold);
            sums.merge(indicator.group, weight, Double::sum);
        }
        sums.forEach((group, sum) -> {
            if (Math.abs(sum - group.maxPoints) > 1e-9) {
                throw new IllegalArgumentException("opendvc.indicators.points: the indicators of " + group.key
                        + " add up to " + sum + ", the decision gives the group " + group.maxPoints);
            }
        });
    }

    static ScoringRules defaults() {
        return new ScoringRules(Map.of(), Map.of());
    }

    double points(ScoredIndicator indicator) {
        return points.get(indicator);
    }

    double threshold(ScoredIndicator indicator) {
        return thresholds.get(indicator);
    }
}
