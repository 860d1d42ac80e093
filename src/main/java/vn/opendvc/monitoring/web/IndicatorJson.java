package vn.opendvc.monitoring.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.opendvc.monitoring.Band;
import vn.opendvc.monitoring.Indicators.Period;
import vn.opendvc.monitoring.Scorecard;

/**
 * The JSON of a scorecard, with links to the dossiers behind each figure; {@code scoreFormula} shows how the score
 * was scaled over the indicators that apply, with the period's numbers.
 */
record IndicatorJson(String code, String name, Double score, String scoreFormula, String band, String bandName,
        Double fullProcessRate, Double onlineShare, Headline fullProcess, Headline online, List<GroupJson> groups) {

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
            Double fullProcessRate, Double onlineShare, Map<String, Double> groupPoints, String details) {

        static RankingRow of(Scorecard card, Period period) {
            Map<String, Double> points = new LinkedHashMap<>();
            card.groups().forEach(g -> points.put(g.key(), g.points()));
            Band band = card.band();
            return new RankingRow(card.code(), card.name(), card.score(), card.scoreFormula(),
                    band == null ? null : band.name(), band == null ? null : band.vietnamese(),
                    rounded(card.fullProcessRate()), rounded(card.onlineShare()), points, "/api/v1/indicators?agency="
                            + URLEncoder.encode(card.code(), StandardCharsets.UTF_8) + "&from=" + period.from()
                            + "&to=" + period.to());
        }
    }

    static IndicatorJson of(Scorecard card, Period period) {
        return of(card, new Links(card.code(), period, null));
    }

    /** A procedure's scorecard within an agency: its code is the procedure id. */
    static IndicatorJson ofProcedure(Scorecard card, String agency, Period period) {
        return of(card, new Links(agency, period, Long.valueOf(card.code())));
    }

    private static IndicatorJson of(Scorecard card, Links links) {
        Band band = card.band();
        List<GroupJson> groups = card.groups().stream().map(g -> new GroupJson(g.key(), g.name(), g.points(),
                g.maxPoints(), g.indicators().stream().map(i -> new IndicatorFigure(i.key(), i.name(),
                        i.numeratorLabel(), i.denominatorLabel(), i.numerator(), i.denominator(), i.rate(),
                        i.threshold(), i.points(), i.maxPoints(), i.formula(), links.of(i.key(), i.dossierParts())))
                        .toList()))
                .toList();
        Headline fullProcess = new Headline(card.fullProcess().numerator(), card.fullProcess().denominator(),
                rounded(card.fullProcessRate()),
                "VN".equals(card.code()) ? NATIONAL_TARGET : AGENCY_TARGET,
                "hồ sơ nộp trực tuyến, thanh toán trực tuyến (nếu có phí) và đã trả kết quả điện tử ÷ hồ sơ đã kết thúc"
                        + " = " + card.fullProcess().numerator() + " ÷ " + card.fullProcess().denominator(),
                links.of("fullProcess", List.of("numerator", "denominator")));
        Headline online = new Headline(card.online().numerator(), card.online().denominator(),
                rounded(card.onlineShare()), null,
                "hồ sơ nộp trực tuyến ÷ hồ sơ đã nộp = " + card.online().numerator() + " ÷ "
                        + card.online().denominator(),
                links.of("online", List.of("numerator", "denominator")));
        return new IndicatorJson(card.code(), card.name(), card.score(), card.scoreFormula(),
                band == null ? null : band.name(), band == null ? null : band.vietnamese(), fullProcess.rate(),
                online.rate(), fullProcess, online, groups);
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
