package vn.opendvc.monitoring.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

import vn.opendvc.monitoring.Band;
import vn.opendvc.monitoring.Indicators.Period;
import vn.opendvc.monitoring.Scorecard;

/** The JSON of a scorecard, with links to the dossiers behind each figure. */
record IndicatorJson(String code, String name, Double score, String band, String bandName, Double fullProcessRate,
        Double onlineShare, Headline fullProcess, Headline online, List<GroupJson> groups) {

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
        return new IndicatorJson(card.code(), card.name(), card.score(), band == null ? null : band.name(),
                band == null ? null : band.vietnamese(), fullProcess.rate(), online.rate(), fullProcess, online,
                groups);
    }

    private static Double rounded(Double rate) {
        return rate == null ? null : Math.round(rate * 10_000) / 10_000.0;
    }

    /** Links to {@code /api/v1/indicators/dossiers} for each part of a figure. */
    private record Links(String agency, Period period, Long procedureId) {

        Map<String, String> of(String indicator, List<String> parts) {
            Map<String, String> out = new LinkedHashMap<>();
            for (String part : parts) {
                UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/api/v1/indicators/dossiers")
                        .queryParam("agency", agency).queryParam("indicator", indicator).queryParam("part", part)
                        .queryParam("from", period.from()).queryParam("to", period.to());
                if (procedureId != null) {
                    uri.queryParam("procedure", procedureId);
                }
                out.put(part, uri.toUriString());
            }
            return out;
        }
    }
}
