package vn.opendvc.monitoring.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

import vn.opendvc.dossier.Channel;
import vn.opendvc.monitoring.Band;
import vn.opendvc.monitoring.Scorecard;
import vn.opendvc.monitoring.Scorecard.Ratio;
import vn.opendvc.web.Message;

/**
 * Turns counted figures into a scorecard: each indicator scores {@code min(rate / threshold, 1) × points}; an
 * indicator with nothing counted (denominator 0) does not apply, and the total out of 100 is scaled over the
 * points of the indicators that do, so an agency is neither rewarded nor punished for what it had no dossier of;
 * with no dossier counted at all there is no total. Each figure comes with its formula, this period's numbers in a
 * message of the bundles ({@code monitoring.formula.*}).
 */
@Component
class Scoring {

    private final ScoringRules rules;
    private final OnlineChannels online;

    Scoring(ScoringRules rules, OnlineChannels online) {
        this.rules = rules;
        this.online = online;
    }

    Scorecard score(String code, String name, Map<String, Long> totals) {
        Map<ScoredIndicator.Group, List<Scorecard.Indicator>> byGroup = new LinkedHashMap<>();
        for (ScoredIndicator.Group group : ScoredIndicator.Group.values()) {
            byGroup.put(group, new ArrayList<>());
        }
        double earned = 0;
        double applicable = 0;
        boolean dossiersCounted = false;
        for (ScoredIndicator definition : ScoredIndicator.values()) {
            Scorecard.Indicator indicator = indicator(definition, totals);
            byGroup.get(definition.group).add(indicator);
            if (indicator.points() != null) {
                earned += indicator.points();
                applicable += indicator.maxPoints();
                dossiersCounted |= !definition.dossierParts.isEmpty();
            }
        }
        List<Scorecard.Group> groups = new ArrayList<>();
        byGroup.forEach((group, indicators) -> {
            boolean any = indicators.stream().anyMatch(i -> i.points() != null);
            double points = indicators.stream().filter(i -> i.points() != null).mapToDouble(Scorecard.Indicator::points)
                    .sum();
            groups.add(new Scorecard.Group(group.key, group.title(), any ? round(points) : null, group.maxPoints,
                    List.copyOf(indicators)));
        });
        // the catalog alone says nothing about service: without a dossier counted there is no total
        Double score = dossiersCounted ? round(100 * earned / applicable) : null;
        Scorecard.Scaling scaling = scaling(round(earned), round(applicable), score);
        // the headlines' labels are those of their lists of dossiers (monitoring.indicator.<headline>.numerator …)
        Ratio fullProcess = new Ratio(online.fullProcess(totals), ScoredIndicator.get(totals, Metrics.FINISHED),
                Message.of("monitoring.indicator.fullProcess.numerator", online.named()),
                Message.of("monitoring.indicator.fullProcess.denominator"));
        Ratio submittedOnline = new Ratio(online.submittedOnline(totals),
                ScoredIndicator.get(totals, Metrics.SUBMITTED),
                Message.of("monitoring.indicator.online.numerator", online.named()),
                Message.of("monitoring.indicator.online.denominator"));
        return new Scorecard(code, name, score, score == null ? null : Band.of(score), fullProcess, submittedOnline,
                List.copyOf(groups), new TreeMap<>(totals), scaling, channels(totals));
    }

    private Scorecard.ChannelSplit channels(Map<String, Long> totals) {
        Map<Channel, Long> submitted = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            submitted.put(channel, ScoredIndicator.get(totals, Metrics.submitted(channel)));
        }
        return new Scorecard.ChannelSplit(submitted, online.counted(),
                ScoredIndicator.get(totals, Metrics.SUBMITTED_SYNCED));
    }

    /**
     * The total's formula, written like an indicator's: the rule, then this period's numbers, and what the
     * indicators that do not apply would have weighed (the decision's groups add up to 100). The numbers are written
     * here, the words are in the bundles ({@code monitoring.formula.score*}).
     */
    private static Scorecard.Scaling scaling(double earned, double applicable, Double score) {
        Message rule = Message.of("monitoring.formula.score");
        Message formula;
        if (score == null) {
            formula = Message.of("monitoring.formula.score.none", rule);
        } else if (applicable < 100) {
            formula = Message.of("monitoring.formula.score.scaled", rule, number(earned), number(applicable),
                    number(score), number(round(100 - applicable)));
        } else {
            formula = Message.of("monitoring.formula.score.counted", rule, number(earned), number(applicable),
                    number(score));
        }
        return new Scorecard.Scaling(earned, applicable, formula);
    }

    private Scorecard.Indicator indicator(ScoredIndicator definition, Map<String, Long> totals) {
        long numerator = definition.numerator.of(totals, online);
        long denominator = definition.denominator.of(totals, online);
        double max = rules.points(definition);
        double threshold = rules.threshold(definition);
        Double rate = denominator == 0 ? null : (double) numerator / denominator;
        Double points = rate == null ? null : round(Math.min(rate / threshold, 1) * max);
        Message numeratorLabel = definition.label("numerator", online);
        Message denominatorLabel = definition.label("denominator", online);
        Message rule = Message.of("monitoring.formula.indicator", percent(threshold), number(max), numeratorLabel,
                denominatorLabel);
        Message formula = rate == null ? Message.of("monitoring.formula.indicator.none", rule)
                : Message.of("monitoring.formula.indicator.counted", rule, numerator, denominator, percent(rate),
                        number(points));
        return new Scorecard.Indicator(definition.key, definition.title(), numeratorLabel, denominatorLabel, numerator,
                denominator, rate == null ? null : round4(rate), threshold, points, max, formula,
                definition.dossierParts);
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    static double round4(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    private static String percent(double rate) {
        return String.format(Locale.ROOT, "%.1f%%", rate * 100).replace(".0%", "%");
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
