package vn.opendvc.notification.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a citizen's phone receives, and how many messages the agency pays for. */
class SmsTextTest {

    @Test
    void asciiOnlyRemovesVietnameseDiacritics() {
        assertThat(SmsText.forGateway("Hồ sơ của bạn đã được tiếp nhận. Đà Nẵng", true))
                .isEqualTo("Ho so cua ban da duoc tiep nhan. Da Nang");
        assertThat(SmsText.forGateway("ĐĂNG KÝ KHAI SINH – Ủy ban “phường” Hải Châu…", true))
                .isEqualTo("DANG KY KHAI SINH - Uy ban \"phuong\" Hai Chau...");
    }

    @Test
    void asciiOnlyLeavesNothingOutsideAscii() {
        String folded = SmsText.forGateway("Phí 25.000₫ 😀 (€5)\nMã: `ABC`", true);
        assertThat(folded).isEqualTo("Phi 25.000? ? (EUR5)\nMa: 'ABC'");
        assertThat(folded.chars()).allMatch(c -> c < 0x80);
        assertThat(SmsText.segments(folded)).isEqualTo(1);
    }

    @Test
    void withoutAsciiOnlyTheTextKeepsItsDiacriticsComposed() {
        String decomposed = java.text.Normalizer.normalize("Đà Nẵng", java.text.Normalizer.Form.NFD);
        assertThat(SmsText.forGateway(decomposed, false)).isEqualTo("Đà Nẵng").hasSize(7);
    }

    @Test
    void gsmTextFits160InOneMessageAnd153PerPart() {
        assertThat(SmsText.segments("a".repeat(160))).isEqualTo(1);
        assertThat(SmsText.segments("a".repeat(161))).isEqualTo(2);
        assertThat(SmsText.segments("a".repeat(306))).isEqualTo(2);
        assertThat(SmsText.segments("a".repeat(307))).isEqualTo(3);
        assertThat(SmsText.segments("")).isEqualTo(1);
    }

    @Test
    void gsmExtensionCharactersCountTwo() {
        assertThat(SmsText.segments("€".repeat(80))).isEqualTo(1);
        assertThat(SmsText.segments("€" + "a".repeat(159))).isEqualTo(2);
        assertThat(SmsText.segments("[]{}" + "a".repeat(152))).isEqualTo(1);
        assertThat(SmsText.segments("[]{}" + "a".repeat(153))).isEqualTo(2);
    }

    @Test
    void vietnameseDiacriticsMakeItUcs2With70InOneMessageAnd67PerPart() {
        assertThat(SmsText.segments("ồ".repeat(70))).isEqualTo(1);
        assertThat(SmsText.segments("ồ".repeat(71))).isEqualTo(2);
        assertThat(SmsText.segments("Đ" + "a".repeat(69))).isEqualTo(1);
        assertThat(SmsText.segments("Đ" + "a".repeat(70))).isEqualTo(2);
        assertThat(SmsText.segments("ồ".repeat(134))).isEqualTo(2);
        assertThat(SmsText.segments("ồ".repeat(135))).isEqualTo(3);
    }

    @Test
    void aCharacterOutsideTheGsmAlphabetMakesTheWholeTextUcs2() {
        assertThat(SmsText.segments("`" + "a".repeat(69))).isEqualTo(1);
        assertThat(SmsText.segments("`" + "a".repeat(70))).isEqualTo(2);
    }
}
