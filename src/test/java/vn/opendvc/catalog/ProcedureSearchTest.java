package vn.opendvc.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import vn.opendvc.testing.ApplicationTest;

/** Search over the whole shipped catalog (5,689 procedures) as a citizen types it. */
@ApplicationTest
class ProcedureSearchTest {

    @Autowired
    ProcedureCatalog catalog;

    @ParameterizedTest
    @ValueSource(strings = {"dang ky khai sinh", "ĐĂNG KÝ KHAI SINH", "đăng ký khai sinh", "  Đăng Ký Khai Sinh  ",
            "Thủ tục đăng ký khai sinh", "1.001193"})
    void birthRegistrationComesFirstWhateverTheAccentsAndCase(String typed) {
        var result = catalog.search(ProcedureQuery.text(typed));
        assertThat(result.items()).isNotEmpty();
        assertThat(result.items().getFirst().name()).isEqualTo("Thủ tục đăng ký khai sinh");
        assertThat(result.items().getFirst().code()).isEqualTo("1.001193");
        assertThat(result.items().getFirst().configured()).isTrue();
    }

    @Test
    void procedureNamesWithEveryWordRankAboveMentionsElsewhere() {
        var result = catalog.search(new ProcedureQuery("khai sinh", null, null, null, null, null, 0, 100));
        assertThat(result.total()).isBetween(10L, 100L);
        assertThat(result.items().subList(0, 10))
                .allSatisfy(p -> assertThat(p.name().toLowerCase()).contains("khai sinh"));
    }

    @Test
    void anUnfinishedLastWordStillFindsWhileTyping() {
        var result = catalog.search(ProcedureQuery.text("dang ky khai si"));
        assertThat(result.items().getFirst().code()).isEqualTo("1.001193");
    }

    @Test
    void unknownWordsFindNothingRatherThanEverything() {
        var result = catalog.search(ProcedureQuery.text("xyzzyqwv"));
        assertThat(result.total()).isZero();
        assertThat(result.items()).isEmpty();
    }

    @Test
    void filtersNarrowTheResults() {
        var commune = catalog.search(new ProcedureQuery("khai sinh", null, "XA", null, null, null, 0, 100));
        var all = catalog.search(new ProcedureQuery("khai sinh", null, null, null, null, null, 0, 100));
        assertThat(commune.total()).isPositive().isLessThan(all.total());
        assertThat(commune.items()).allSatisfy(p -> assertThat(p.level()).isEqualTo("XA"));

        var full = catalog.search(new ProcedureQuery(null, null, null, null, OnlineLevel.MOT_PHAN, null, 0, 100));
        assertThat(full.total()).isEqualTo(43);
        assertThat(full.items()).allSatisfy(p -> assertThat(p.onlineLevel()).isEqualTo(OnlineLevel.MOT_PHAN));

        var civilStatus = catalog.search(new ProcedureQuery(null, "Hộ tịch", null, null, null, true, 0, 100));
        assertThat(civilStatus.total()).isPositive();
        assertThat(civilStatus.items()).allSatisfy(p -> {
            assertThat(p.field()).isEqualTo("Hộ tịch");
            assertThat(p.configured()).isTrue();
        });

        var receivedByCommunes = catalog.search(new ProcedureQuery(null, null, null, "XA", null, null, 0, 100));
        assertThat(receivedByCommunes.total()).isEqualTo(50);
        assertThat(receivedByCommunes.items()).allSatisfy(p -> assertThat(p.configured()).isTrue());
    }

    @Test
    void pagesDoNotOverlapAndCoverTheTotal() {
        Set<Long> seen = new HashSet<>();
        var first = catalog.search(new ProcedureQuery("giay phep", null, null, null, null, null, 0, 10));
        long pages = (first.total() + 9) / 10;
        assertThat(pages).isGreaterThan(2);
        for (int page = 0; page < pages; page++) {
            List<ProcedureSummary> items = catalog.search(
                    new ProcedureQuery("giay phep", null, null, null, null, null, page, 10)).items();
            items.forEach(p -> assertThat(seen.add(p.id())).as("seen twice: %s", p.name()).isTrue());
        }
        assertThat((long) seen.size()).isEqualTo(first.total());
    }

    @Test
    void withoutWordsConfiguredProceduresComeFirst() {
        var result = catalog.search(new ProcedureQuery("", null, null, null, null, null, 0, 100));
        assertThat(result.total()).isGreaterThanOrEqualTo(5688);
        assertThat(result.items()).allSatisfy(p -> assertThat(p.configured()).isTrue());
    }

    @Test
    void fieldsAreListedWithTheirCounts() {
        assertThat(catalog.fields()).anySatisfy(f -> {
            assertThat(f.field()).isEqualTo("Hộ tịch");
            assertThat(f.count()).isGreaterThan(10);
        });
    }
}
