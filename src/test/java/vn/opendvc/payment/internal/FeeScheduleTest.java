package vn.opendvc.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.opendvc.catalog.ProcedureCatalog;
import vn.opendvc.payment.FeeQuote;
import vn.opendvc.payment.FeeSchedule;
import vn.opendvc.testing.ServerTest;

/** Amount due online: the catalog fee, the most specific discount rule, exemptions, rounding. */
@ServerTest
class FeeScheduleTest {

    @Autowired
    FeeSchedule fees;
    @Autowired
    Discounts discounts;
    @Autowired
    ProcedureCatalog catalog;
    @Autowired
    JdbcClient jdbc;

    static final Instant NOW = Instant.parse("2026-11-22T03:00:00Z");

    @BeforeEach
    @AfterEach
    void noRules() {
        jdbc.sql("delete from payment_discount").update();
    }

    @Test
    void withoutARuleTheFullFeeIsDue() {
        long passport = catalog.findByCode("1.001456").orElseThrow().id(); // 200.000 đ
        FeeQuote quote = fees.quote(passport, "DNG-CONGAN", null);
        assertThat(quote).isEqualTo(new FeeQuote(200_000, 0, 0, false, 200_000,
                "Phí, lệ phí theo quy định: 200.000 đ. Số tiền phải nộp: 200.000 đ."));
    }

    @Test
    void theMostSpecificRuleWins() {
        long residence = catalog.findByCode("1.004222").orElseThrow().id(); // 10.000 đ
        discounts.put(Discounts.ANY, Discounts.ANY, 10, null, "quantri", NOW);
        assertThat(fees.quote(residence, "DNG-HAICHAU", null).discountPercent()).isEqualTo(10);
        discounts.put("DNG-HAICHAU", Discounts.ANY, 20, null, "quantri", NOW);
        assertThat(fees.quote(residence, "DNG-HAICHAU", null).discountPercent()).isEqualTo(20);
        assertThat(fees.quote(residence, "DNG-THANHKHE", null).discountPercent()).as("another agency").isEqualTo(10);
        discounts.put(Discounts.ANY, "1.004222", 30, null, "quantri", NOW);
        assertThat(fees.quote(residence, "DNG-HAICHAU", null).discountPercent()).as("procedure beats agency").isEqualTo(30);
        discounts.put("DNG-HAICHAU", "1.004222", 50, "Nghị quyết HĐND thành phố", "quantri", NOW);
        FeeQuote both = fees.quote(residence, "DNG-HAICHAU", null);
        assertThat(both).isEqualTo(new FeeQuote(10_000, 50, 5_000, false, 5_000,
                "Phí, lệ phí theo quy định: 10.000 đ. Giảm 50% khi nộp hồ sơ trực tuyến (áp dụng cho thủ tục 1.004222"
                        + " tại cơ quan DNG-HAICHAU) — Nghị quyết HĐND thành phố: −5.000 đ (làm tròn đến đồng)."
                        + " Số tiền phải nộp: 5.000 đ."));
        discounts.put("DNG-HAICHAU", "1.004222", 40, null, "quantri", NOW);
        assertThat(discounts.all()).as("the same scope is replaced, not duplicated").hasSize(4);
        assertThat(fees.quote(residence, "DNG-HAICHAU", null).amountDueVnd()).isEqualTo(6_000);
    }

    @Test
    void theDiscountIsRoundedHalfUpToTheDong() {
        long temporary = catalog.findByCode("1.004194").orElseThrow().id(); // 7.000 đ
        discounts.put(Discounts.ANY, "1.004194", 33, null, "quantri", NOW);
        FeeQuote quote = fees.quote(temporary, "DNG-HAICHAU", null);
        assertThat(quote.discountVnd()).as("2310").isEqualTo(2_310);
        discounts.put(Discounts.ANY, "1.004194", 15, null, "quantri", NOW);
        assertThat(((CatalogFeeSchedule) fees).quote(12_345, "1.004194", "DNG-HAICHAU", null).discountVnd())
                .as("1851.75 → 1852").isEqualTo(1_852);
        assertThat(((CatalogFeeSchedule) fees).quote(12_345, "1.004194", "DNG-HAICHAU", null).amountDueVnd())
                .isEqualTo(10_493);
        assertThat(((CatalogFeeSchedule) fees).quote(3, "1.004194", "DNG-HAICHAU", null).amountDueVnd())
                .as("0.45 rounds down, nothing off").isEqualTo(3);
    }

    @Test
    void anExemptCategoryPaysNothingWhateverTheDiscount() {
        long passport = catalog.findByCode("1.001456").orElseThrow().id();
        discounts.put(Discounts.ANY, Discounts.ANY, 50, null, "quantri", NOW);
        FeeQuote quote = fees.quote(passport, "DNG-CONGAN", "HO_NGHEO");
        assertThat(quote.exempt()).isTrue();
        assertThat(quote.amountDueVnd()).isZero();
        assertThat(quote.explanation()).contains("Được miễn cho đối tượng: Hộ nghèo");
        assertThat(fees.quote(passport, "DNG-CONGAN", "KHONG_CO").amountDueVnd()).as("unknown category").isEqualTo(100_000);
        assertThat(fees.exemptCategories()).containsKeys("NGUOI_CO_CONG", "HO_NGHEO");
    }

    @Test
    void aProcedureWithoutFeeIsFreeAndAnUnknownOneIsRefused() {
        long birth = catalog.findByCode("1.001193").orElseThrow().id();
        FeeQuote quote = fees.quote(birth, "DNG-HAICHAU", null);
        assertThat(quote.isFree()).isTrue();
        assertThat(quote.explanation()).isEqualTo("Thủ tục này không thu phí, lệ phí.");
        assertThatThrownBy(() -> fees.quote(-1, "DNG-HAICHAU", null)).isInstanceOf(IllegalArgumentException.class);
    }
}
