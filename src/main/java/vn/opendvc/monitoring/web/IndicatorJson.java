package vn.opendvc.monitoring.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.opendvc.dossier.Channel;
import vn.opendvc.monitoring.Band;
import vn.opendvc.monitoring.Indicators.Period;
import vn.opendvc.monitoring.Scorecard;
import vn.opendvc.web.Message;
import vn.opendvc.web.Translations;

/**
 * The JSON of a scorecard, with links to the dossiers behind each figure; {@code scoreFormula} shows how the score
 * was scaled over the indicators that apply, with the period's numbers. Names, labels and formulas are in the
 * language of the request ({@code Accept-Language}, Vietnamese by default); {@code band} is the band's constant.
 * {@code channels} counts the dossiers submitted on each channel ({@code online}, {@code assisted}, {@code counter},
 * {@code post}); {@code onlineChannels} names those the online share and the full-process rate count as online.
 */
record IndicatorJson(String code, String name, Double score, String scoreFormula, String band, String bandName,
        Double fullProcessRate, Double onlineShare, Headline fullProcess, Headline online, List<GroupJson> groups,
        Map<String, Long> channels, List<String> onlineChannels) {

    /** The national targets of the full-process rate: 80% of all dossiers, at least 70% in every agency. */
    static final double NATIONAL_TARGET = 0.80;
    static final double AGENCY_TARGET = 0.70;

    record Headline(long numerator, long denominator, Double rate, Double target, String formula,
            Map<String, String> dossiers) {
    }

    record GroupJson(String key, String name, Double points, double maxPoints, List<IndicatorFigure> indicators) {
    }

    record IndicatorFigure(String key, String name, String numeratorLabel, String denominatorLabel, long numerator,
            long denominator, Double rate, double threshold, Double points, double maxPoints, String formula,
            Map<String, String> dossiers) {
    }

    /**
     * A ranking row: the agency's score, band, headline rates and group points, without the indicators (fetch the
     * agency itself for those; twenty full scorecards would make the response ten times larger).
     */
    record RankingRow(String code, String name, Double score, String scoreFormula, String band, String bandName,
            Double fullProcessRate, Double onlineShare, Map<String, Double> groupPoints, String details,
            Map<String, Long> channels) {

        static RankingRow of(Scorecard card, Period period, Translations translations) {
            Map<String, Double> points = new LinkedHashMap<>();
            card.groups().forEach(g -> points.put(g.key(), g.points()));
            Band band = card.band();
            return new RankingRow(card.code(), card.name(), card.score(), translations.text(card.scoreFormula()),
                    band == null ? null : band.name(), band == null ? null : translations.text(band),
                    rounded(card.fullProcessRate()), rounded(card.onlineShare()), points, "/api/v1/indicators?agency="
                            + URLEncoder.encode(card.code(), StandardCharsets.UTF_8) + "&from=" + period.from()
                            + "&to=" + period.to(), submittedByChannel(card.channels()));
        }
    }

    /** The dossiers submitted per channel, by the channel's name in lower case, portal channels first. */
    static Map<String, Long> submittedByChannel(Scorecard.ChannelSplit split) {
        Map<String, Long> out = new LinkedHashMap<>();
        split.inOrder().forEach(c -> out.put(name(c), split.count(c)));
        return out;
    }

    private static String name(Channel channel) {
        return channel.name().toLowerCase(Locale.ROOT);
    }

    static IndicatorJson of(Scorecard card, Period period, Translations translations) {
        return of(card, new Links(card.code(), period, null), translations);
    }

    /** A procedure's scorecard within an agency: its code is the procedure id. */
    static IndicatorJson ofProcedure(Scorecard card, String agency, Period period, Translations translations) {
        return of(card, new Links(agency, period, Long.valueOf(card.code())), translations);
    }

    private static IndicatorJson of(Scorecard card, Links links, Translations translations) {
        Band band = card.band();
        List<GroupJson> groups = card.groups().stream().map(g -> new GroupJson(g.key(), translations.text(g.name()),
                g.points(), g.maxPoints(), g.indicators().stream().map(i -> new IndicatorFigure(i.key(),
                        translations.text(i.name()), translations.text(i.numeratorLabel()),
                        translations.text(i.denominatorLabel()), i.numerator(), i.denominator(), i.rate(),
                        i.threshold(), i.points(), i.maxPoints(), translations.text(i.formula()),
                        links.of(i.key(), i.dossierParts())))
                        .toList()))
                .toList();
        Headline fullProcess = headline("fullProcess", card.fullProcess(), rounded(card.fullProcessRate()),
                "VN".equals(card.code()) ? NATIONAL_TARGET : AGENCY_TARGET, links, translations);
        Headline online = headline("online", card.online(), rounded(card.onlineShare()), null, links, translations);
        return new IndicatorJson(card.code(), card.name(), card.score(), translations.text(card.scoreFormula()),
                band == null ? null : band.name(), band == null ? null : translations.text(band), fullProcess.rate(),
                online.rate(), fullProcess, online, groups, submittedByChannel(card.channels()),
                onlineChannels(card.channels()));
    }

    /** The channels counted as online, by name in lower case. */
    static List<String> onlineChannels(Scorecard.ChannelSplit split) {
        return split.inOrder().stream().filter(split::countsAsOnline).map(IndicatorJson::name).toList();
    }

    /** A headline figure with its formula: what the numerator and denominator count, then this period's numbers. */
    private static Headline headline(String key, Scorecard.Ratio ratio, Double rate, Double target, Links links,
            Translations translations) {
        Message formula = Message.of("monitoring.formula.headline", ratio.numeratorLabel(), ratio.denominatorLabel(),
                ratio.numerator(), ratio.denominator());
        return new Headline(ratio.numerator(), ratio.denominator(), rate, target, translations.text(formula),
                links.of(key, List.of("numerator", "denominator")));
    }

    private static Double rounded(Double rate) {
        return rate == null ? null : Math.round(rate * 10_000) / 10_000.0;
    }

    /** Links to {@code /api/v1/indicators/dossiers} for each part of a figure. */
    private record Links(String agency, Period period, Long procedureId) {

        Map<String, String> of(String indicator, List<String> parts) {
            // a scorecard holds some twenty links: plain concatenation of encoded values, no URI builder each time
            String prefix = "/api/v1/indicators/dossiers?agency=" + URLEncoder.encode(agency, StandardCharsets.UTF_8)
                    + "&indicator=" + indicator + "&part=";
            String suffix = "&from=" + period.from() + "&to=" + period.to()
                    + (procedureId == null ? "" : "&procedure=" + procedureId);
            Map<String, String> out = new LinkedHashMap<>();
            for (String part : parts) {
                out.put(part, prefix + part + suffix);
            }
            return out;
        }
    }
}
