package vn.opendvc.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The discount rounding rule and amounts written out. */
class MoneyTest {

    @Test
    void percentagesRoundHalfUpToTheDong() {
        assertThat(Money.percentOf(50_000, 50)).isEqualTo(25_000);
        assertThat(Money.percentOf(12_345, 15)).as("1851.75").isEqualTo(1_852);
        assertThat(Money.percentOf(3, 50)).as("1.5 rounds up").isEqualTo(2);
        assertThat(Money.percentOf(1, 49)).as("0.49 rounds down").isZero();
        assertThat(Money.percentOf(100_000, 0)).isZero();
        assertThat(Money.percentOf(100_000, 100)).isEqualTo(100_000);
    }

    @Test
    void amountsAreWrittenTheVietnameseWay() {
        assertThat(Money.vnd(1_250_000)).isEqualTo("1.250.000 đ");
        assertThat(Money.inWords(25_500)).isEqualTo("Hai mươi lăm nghìn năm trăm đồng");
        assertThat(Money.inWords(1_005_000)).isEqualTo("Một triệu không trăm lẻ năm nghìn đồng");
        assertThat(Money.inWords(21_000)).isEqualTo("Hai mươi mốt nghìn đồng");
        assertThat(Money.inWords(0)).isEqualTo("Không đồng");
    }
}
