package vn.opendvc.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;

import vn.opendvc.dossier.Channel;
import vn.opendvc.dossier.DossierStatus;
import vn.opendvc.monitoring.Band;
import vn.opendvc.monitoring.Scorecard;

/** Each formula of the model on hand-built figures: rates, thresholds, caps, indicators that do not apply. */
class ScoringTest {

    final Scoring scoring = new Scoring(ScoringRules.defaults(), OnlineChannels.defaults());

    /** The monitoring bundles as the application reads them: a scorecard's words are there, not in the code. */
    static final ResourceBundleMessageSource BUNDLES = bundles();

    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/monitoring");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    /** A formula or label as a default (Vietnamese) reader reads it. */
    static String vietnamese(MessageSourceResolvable message) {
        return BUNDLES.getMessage(message, Locale.forLanguageTag("vi"));
    }

    /** One agency's period, numbers chosen so every indicator lands on a round figure. */
    static Map<String, Long> figures() {
        Map<String, Long> t = new HashMap<>();
        t.put(Metrics.CATALOG_PROCEDURES, 10L);
        t.put(Metrics.CATALOG_COMPLETE, 10L);
        t.put(Metrics.CATALOG_FULL_PROCESS, 6L);
        t.put(Metrics.SUBMITTED, 100L);
        t.put(Metrics.submitted(Channel.ONLINE), 60L);
        t.put(Metrics.SUBMITTED_DIGITIZED, 90L);
        t.put(Metrics.SUBMITTED_REUSING, 20L);
        t.put(Metrics.FINISHED, 100L);
        t.put(Metrics.finished(DossierStatus.DONE), 50L);
        t.put(Metrics.FINISHED_WITH_DUE, 60L);
        t.put(Metrics.FINISHED_ON_TIME, 45L);
        t.put(Metrics.RESULT_ELECTRONIC, 30L);
        t.put(Metrics.FEE_DUE, 80L);
        t.put(Metrics.PAID_ONLINE, 40L);
        t.put(Metrics.FULL_PROCESS, 25L);
        t.put(Metrics.RATINGS, 20L);
        t.put(Metrics.COMPLAINTS, 5L);
        return t;
    }

    /** The same period where no dossier had a fee: online payment does not apply. */
    static Map<String, Long> withoutFees() {
        Map<String, Long> noFees = figures();
        noFees.remove(Metrics.FEE_DUE);
        noFees.remove(Metrics.PAID_ONLINE);
        return noFees;
    }

    static Scorecard.Indicator indicator(Scorecard card, String key) {
        return card.groups().stream().flatMap(g -> g.indicators().stream()).filter(i -> i.key().equals(key))
                .findFirst().orElseThrow();
    }

    static Scorecard.Group group(Scorecard card, String key) {
        return card.groups().stream().filter(g -> g.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void everyIndicatorScoresItsRateOverItsThresholdCappedAtItsPoints() {
        Scorecard card = scoring.score("X", "X", figures());

        // transparency: 10 of 10 procedures published completely, threshold 100% → 18
        assertThat(indicator(card, "catalogComplete").points()).isEqualTo(18.0);
        // progress: 45 on time of 60 finished with a promised date = 75% of 100% → 15 of 20
        Scorecard.Indicator onTime = indicator(card, "onTime");
        assertThat(onTime.numerator()).isEqualTo(45);
        assertThat(onTime.denominator()).isEqualTo(60);
        assertThat(onTime.rate()).isEqualTo(0.75);
        assertThat(onTime.threshold()).isEqualTo(1.0);
        assertThat(onTime.points()).isEqualTo(15.0);
        // online: 6 of 10 procedures full process = 60% of 80% → 4.5 of 6; 60% submitted online ≥ 50% → capped 6
        assertThat(indicator(card, "proceduresFullProcess").points()).isEqualTo(4.5);
        assertThat(indicator(card, "submittedOnline").rate()).isEqualTo(0.6);
        assertThat(indicator(card, "submittedOnline").points()).isEqualTo(6.0);
        // online payment: 40 of 80 = 50% of 80% → 6.25 of 10
        assertThat(indicator(card, "paidOnline").points()).isEqualTo(6.25);
        // digitisation: results 30/50 = 60% of 80% → 6 of 8; digitised 90% → capped 7; reuse 20% of 80% → 1.75
        assertThat(indicator(card, "electronicResults").points()).isEqualTo(6.0);
        assertThat(indicator(card, "digitizedDossiers").points()).isEqualTo(7.0);
        assertThat(indicator(card, "reusedData").points()).isEqualTo(1.75);
        // satisfaction = 100% − late% − complaint%: (100 − 15 late − 5 complaints) / 100 = 80% of 90% → 16 of 18
        Scorecard.Indicator satisfaction = indicator(card, "satisfaction");
        assertThat(satisfaction.numerator()).isEqualTo(80);
        assertThat(satisfaction.denominator()).isEqualTo(100);
        assertThat(satisfaction.points()).isEqualTo(16.0);

        assertThat(group(card, "onlineServices").points()).isEqualTo(16.75);
        assertThat(group(card, "onlineServices").maxPoints()).isEqualTo(22);
        assertThat(group(card, "digitisation").points()).isEqualTo(14.75);
        assertThat(card.groups()).extracting(Scorecard.Group::maxPoints).containsExactly(18.0, 20.0, 22.0, 22.0, 18.0);
        assertThat(card.score()).isEqualTo(80.5);
        assertThat(card.band()).isEqualTo(Band.GOOD);
        assertThat(card.fullProcessRate()).isEqualTo(0.25);
        assertThat(card.onlineShare()).isEqualTo(0.6);
    }

    /** The same period with 10 dossiers an agent submitted for citizens, 5 of them finished fully online. */
    static Map<String, Long> withAssisted() {
        Map<String, Long> t = figures();
        t.put(Metrics.SUBMITTED, 110L);
        t.put(Metrics.submitted(Channel.ASSISTED), 10L);
        t.put(Metrics.FULL_PROCESS_ASSISTED, 5L);
        return t;
    }

    @Test
    void anAssistedDossierCountsAsOnlineWhenTheRuleSaysSoAndTheFormulasSayWhichChannelsCount() {
        Scorecard counted = new Scoring(ScoringRules.defaults(), new OnlineChannels(true))
                .score("X", "X", withAssisted());
        // 60 online + 10 assisted of 110 submitted; 25 + 5 fully online of 100 finished
        assertThat(indicator(counted, "submittedOnline").numerator()).isEqualTo(70);
        assertThat(counted.online().numerator()).isEqualTo(70);
        assertThat(counted.online().denominator()).isEqualTo(110);
        assertThat(counted.fullProcess().numerator()).isEqualTo(30);
        assertThat(counted.fullProcessRate()).isEqualTo(0.3);
        assertThat(vietnamese(indicator(counted, "submittedOnline").formula()))
                .contains("hồ sơ nộp trực tuyến (kể cả qua đại lý dịch vụ công) ÷ hồ sơ đã nộp = 70 ÷ 110");
        assertThat(vietnamese(counted.online().numeratorLabel()))
                .isEqualTo("hồ sơ nộp trực tuyến (kể cả qua đại lý dịch vụ công)");
        assertThat(BUNDLES.getMessage(counted.fullProcess().numeratorLabel(), Locale.ENGLISH))
                .startsWith("dossiers submitted online (including through a public-service agent), paid online");
        assertThat(counted.channels().countsAsOnline(Channel.ASSISTED)).isTrue();

        Scorecard notCounted = new Scoring(ScoringRules.defaults(), new OnlineChannels(false))
                .score("X", "X", withAssisted());
        assertThat(indicator(notCounted, "submittedOnline").numerator()).isEqualTo(60);
        assertThat(notCounted.online().numerator()).isEqualTo(60);
        assertThat(notCounted.fullProcess().numerator()).isEqualTo(25);
        assertThat(vietnamese(indicator(notCounted, "submittedOnline").formula())).contains(
                "hồ sơ nộp trực tuyến (không tính hồ sơ nộp qua đại lý dịch vụ công) ÷ hồ sơ đã nộp = 60 ÷ 110");
        assertThat(notCounted.channels().countsAsOnline(Channel.ASSISTED)).isFalse();

        // either way every channel is counted apart, portal channels first
        for (Scorecard card : List.of(counted, notCounted)) {
            assertThat(card.channels().inOrder())
                    .containsExactly(Channel.ONLINE, Channel.ASSISTED, Channel.COUNTER, Channel.POST);
            assertThat(card.channels().count(Channel.ASSISTED)).isEqualTo(10);
            assertThat(card.channels().count(Channel.ONLINE)).isEqualTo(60);
            assertThat(card.channels().count(Channel.COUNTER)).isZero();
            assertThat(card.channels().share(Channel.ASSISTED)).isEqualTo(10 / 70.0);
        }
    }

    @Test
    void theFormulaShowsThisPeriodsNumbers() {
        Scorecard.Indicator paid = indicator(scoring.score("X", "X", figures()), "paidOnline");
        assertThat(vietnamese(paid.formula())).contains("min(tỷ lệ / 80%, 1) × 10").contains("40 ÷ 80 = 50%")
                .contains("6.25 điểm");
        assertThat(vietnamese(paid.numeratorLabel())).isNotBlank();
        assertThat(paid.dossierParts()).containsExactly("numerator", "denominator");
    }

    @Test
    void anIndicatorWithNothingCountedDoesNotApplyAndTheTotalIsScaledOverTheOthers() {
        Scorecard card = scoring.score("X", "X", withoutFees());

        Scorecard.Indicator paid = indicator(card, "paidOnline");
        assertThat(paid.rate()).isNull();
        assertThat(paid.points()).isNull();
        assertThat(vietnamese(paid.formula())).contains("không áp dụng");
        // 80.5 − 6.25 earned out of 100 − 10 applicable
        assertThat(card.score()).isEqualTo(Scoring.round(100 * (80.5 - 6.25) / 90));
        assertThat(group(card, "onlineServices").points()).isEqualTo(10.5);
    }

    @Test
    void anAgencyWithNoDossierCountedHasNoTotalScore() {
        Scorecard card = scoring.score("X", "X", Map.of());
        assertThat(card.score()).isNull();
        assertThat(card.band()).isNull();
        assertThat(card.fullProcessRate()).isNull();
        assertThat(card.groups()).allSatisfy(g -> assertThat(g.points()).isNull());

        Map<String, Long> catalogOnly = Map.of(Metrics.CATALOG_PROCEDURES, 10L, Metrics.CATALOG_COMPLETE, 10L,
                Metrics.CATALOG_FULL_PROCESS, 8L);
        Scorecard unused = scoring.score("X", "X", catalogOnly);
        assertThat(group(unused, "transparency").points()).isEqualTo(18.0);
        assertThat(unused.score()).as("no dossier counted: no total").isNull();
        assertThat(unused.band()).isNull();
    }

    @Test
    void ratesAboveTheThresholdAreCappedAndSatisfactionNeverGoesBelowZero() {
        Map<String, Long> t = figures();
        t.put(Metrics.SUBMITTED_REUSING, 100L);
        t.put(Metrics.COMPLAINTS, 500L);
        Scorecard card = scoring.score("X", "X", t);
        assertThat(indicator(card, "reusedData").points()).isEqualTo(7.0);
        assertThat(indicator(card, "satisfaction").numerator()).isZero();
        assertThat(indicator(card, "satisfaction").points()).isZero();
    }

    @Test
    void bandsFollowTheDecisionsBoundaries() {
        assertThat(List.of(100.0, 90.0, 89.99, 70.0, 69.99, 50.0, 49.99, 0.0).stream().map(Band::of))
                .containsExactly(Band.EXCELLENT, Band.EXCELLENT, Band.GOOD, Band.GOOD, Band.FAIR, Band.FAIR,
                        Band.WEAK, Band.WEAK);
    }

    @Test
    void subWeightsAreConfigurableWithinTheGroupMaximaOfTheDecision() {
        ScoringRules rules = new ScoringRules(Map.of("submittedOnline", 8.0, "proceduresFullProcess", 4.0),
                Map.of("submittedOnline", 0.8));
        Scorecard card = new Scoring(rules, OnlineChannels.defaults()).score("X", "X", figures());
        // 60% of 80% → 0.75 × 8 = 6; 60% of 80% → 0.75 × 4 = 3
        assertThat(indicator(card, "submittedOnline").points()).isEqualTo(6.0);
        assertThat(indicator(card, "proceduresFullProcess").points()).isEqualTo(3.0);
        assertThat(group(card, "onlineServices").maxPoints()).isEqualTo(22);

        assertThatThrownBy(() -> new ScoringRules(Map.of("submittedOnline", 8.0), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("onlineServices");
        assertThatThrownBy(() -> new ScoringRules(Map.of("speed", 1.0), Map.of()))
                .hasMessageContaining("speed");
        assertThatThrownBy(() -> new ScoringRules(Map.of(), Map.of("onTime", 1.5)))
                .hasMessageContaining("onTime");
    }

    @Test
    void theTotalsFormulaShowsThePointsEarnedOverThePointsThatApply() {
        Scorecard card = scoring.score("X", "X", figures());
        // every indicator applies: 80.5 earned of 100
        assertThat(card.score()).isEqualTo(80.5);
        assertThat(vietnamese(card.scoreFormula()))
                .isEqualTo("tổng điểm = điểm đạt ÷ điểm các chỉ tiêu áp dụng × 100 = 80.50 ÷ 100 × 100 = 80.50");
        assertThat(card.scaling().earned()).isEqualTo(80.5);
        assertThat(card.scaling().applicable()).isEqualTo(100.0);
    }

    @Test
    void theTotalsFormulaLeavesOutThePointsOfIndicatorsThatDoNotApply() {
        Scorecard card = scoring.score("X", "X", withoutFees());

        double applicable = card.groups().stream().flatMap(g -> g.indicators().stream())
                .filter(i -> i.points() != null).mapToDouble(Scorecard.Indicator::maxPoints).sum();
        double earned = card.groups().stream().flatMap(g -> g.indicators().stream())
                .filter(i -> i.points() != null).mapToDouble(Scorecard.Indicator::points).sum();
        assertThat(applicable).isEqualTo(card.scaling().applicable()).isEqualTo(90.0);
        assertThat(Scoring.round(earned)).isEqualTo(card.scaling().earned()).isEqualTo(74.25);
        assertThat(card.score()).isEqualTo(Scoring.round(100 * 74.25 / 90)).isEqualTo(82.5);
        assertThat(vietnamese(card.scoreFormula())).isEqualTo("tổng điểm = điểm đạt ÷ điểm các chỉ tiêu áp dụng × 100 "
                + "= 74.25 ÷ 90 × 100 = 82.50; 10 điểm của chỉ tiêu không áp dụng không tính");
    }

    @Test
    void withoutATotalTheFormulaSaysWhy() {
        Scorecard card = scoring.score("X", "X", Map.of());
        assertThat(card.score()).isNull();
        assertThat(vietnamese(card.scoreFormula())).contains("chưa có tổng điểm").doesNotContain("× 100 =");
    }

    @Test
    void theFormulasAndNamesReadInEnglishFromTheSameNumbers() {
        Scorecard card = scoring.score("X", "X", withoutFees());
        assertThat(BUNDLES.getMessage(card.scoreFormula(), Locale.ENGLISH)).isEqualTo("total score = points earned "
                + "÷ points of the indicators that apply × 100 = 74.25 ÷ 90 × 100 = 82.50; the 10 points of the "
                + "indicators that do not apply are left out");
        Scorecard.Indicator onTime = indicator(card, "onTime");
        assertThat(BUNDLES.getMessage(onTime.formula(), Locale.ENGLISH)).isEqualTo("min(rate / 100%, 1) × 20; rate = "
                + "dossiers finished no later than the promised date (supplement time excluded) ÷ finished dossiers "
                + "with a promised date = 45 ÷ 60 = 75% → 15 points");
        assertThat(BUNDLES.getMessage(indicator(card, "paidOnline").formula(), Locale.ENGLISH))
                .endsWith(" — nothing counted, the indicator does not apply");
        assertThat(BUNDLES.getMessage(onTime.name(), Locale.ENGLISH)).isEqualTo("Dossiers handled on time");
        assertThat(BUNDLES.getMessage(group(card, "onlineServices").name(), Locale.ENGLISH))
                .isEqualTo("Online public services");
        assertThat(BUNDLES.getMessage(card.band(), Locale.ENGLISH)).isEqualTo("Good");
        assertThat(vietnamese(card.band())).isEqualTo("Tốt");
    }
}
