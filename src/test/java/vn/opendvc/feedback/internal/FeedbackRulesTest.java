package vn.opendvc.feedback.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.opendvc.feedback.FeedbackKind;

/** The feedback module's small rules, without Spring: the legal times and receiving agencies, the public search text. */
class FeedbackRulesTest {

    @Test
    void theLegalTimesDefaultToFiveTenAndFifteenDaysAndCanBeSetPerKind() {
        FeedbackSettings defaults = FeedbackSettings.defaults();
        assertThat(defaults.acceptDays()).isEqualTo(5);
        assertThat(defaults.reopenDays()).isEqualTo(15);
        for (FeedbackKind kind : FeedbackKind.values()) {
            assertThat(defaults.answerTime(kind).days()).isEqualByComparingTo("10");
        }
        FeedbackSettings set = new FeedbackSettings(3, Map.of(FeedbackKind.OFFICER_CONDUCT, 5), 10, null, null, null);
        assertThat(set.answerTime(FeedbackKind.OFFICER_CONDUCT).days()).isEqualByComparingTo("5");
        assertThat(set.answerTime(FeedbackKind.REGULATION).days()).isEqualByComparingTo("10");
        assertThat(set.acceptTime().days()).isEqualByComparingTo("3");
    }

    @Test
    void aCategoryGoesToItsAgencyAndTheRestToTheDefaultOne() {
        FeedbackSettings settings = new FeedbackSettings(null, null, null, "DNG-TTPVHCC", null,
                Map.of(FeedbackKind.REGULATION, "DNG-STP"));
        assertThat(settings.agencyFor(FeedbackKind.REGULATION)).isEqualTo("DNG-STP");
        assertThat(settings.agencyFor(FeedbackKind.SUGGESTION)).isEqualTo("DNG-TTPVHCC");
    }

    @Test
    void thePublicSearchComparesWithoutAccentsOrCase() {
        assertThat(SearchText.fold("Ổ GÀ trước  Đường Bạch Đằng")).isEqualTo("o ga truoc duong bach dang");
        assertThat(SearchText.fold("thuế đất")).isEqualTo(SearchText.fold("THUE DAT"));
        assertThat(SearchText.fold(null)).isEmpty();
    }
}
