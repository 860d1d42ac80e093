package vn.opendvc.catalog.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.microsoft.playwright.Page;

import vn.opendvc.testing.BrowserTest;
import vn.opendvc.testing.Chromium;

/** The citizen's first minute on the portal, in a real browser at phone width. */
@BrowserTest
class CatalogPagesBrowserTest {

    Chromium chromium;
    Page page;

    @BeforeEach
    void openPhone(Chromium chromium) {
        this.chromium = chromium;
        page = chromium.page(360, 740);
    }

    private String url(String path) {
        return chromium.url(path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dang ky khai sinh", "ĐĂNG KÝ KHAI SINH", "đăng ký khai sinh"})
    void resultsUpdateAsTheCitizenTypes(String typed) {
        page.navigate(url("/"));
        page.getByTestId("search-box").pressSequentially(typed, new com.microsoft.playwright.Locator.PressSequentiallyOptions().setDelay(20));
        var first = page.locator("#results ul.results li").first().locator("a.name");
        assertThat(first).hasText("Thủ tục đăng ký khai sinh");
        assertThat(page.getByTestId("total")).containsText("thủ tục");
        assertThat(page).hasURL(url("/"));
    }

    @Test
    void aProcedurePageShowsWhatToPrepare() {
        page.navigate(url("/procedures?q=dang+ky+khai+sinh"));
        page.locator("ul.results li a.name").first().click();
        assertThat(page.getByTestId("procedure-name")).hasText("Thủ tục đăng ký khai sinh");
        assertThat(page.getByTestId("processing-days")).hasText("1 ngày làm việc");
        assertThat(page.getByTestId("fee")).containsText("Miễn phí");
        assertThat(page.getByTestId("documents").locator("li")).hasCount(5);
        assertThat(page.getByTestId("form-fields")).containsText("Giới tính");
        assertThat(fitsTheScreen()).as("no horizontal scrolling at 360 px").isTrue();
    }

    @Test
    void filtersNarrowTheListWithoutReloading() {
        page.navigate(url("/procedures?q=giay+phep"));
        String before = page.getByTestId("total").textContent();
        page.getByTestId("filter-level").selectOption("XA");
        assertThat(page.getByTestId("total")).not().hasText(before);
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*level=XA.*"));
        assertThat(fitsTheScreen()).isTrue();
    }

    @Test
    void thePortalSpeaksEnglishOnRequest() {
        page.navigate(url("/"));
        assertThat(page.locator("h1")).hasText("Tìm thủ tục hành chính");
        page.getByTestId("lang-switch").click();
        assertThat(page.locator("h1")).hasText("Find an administrative procedure");
        page.navigate(url("/procedures"));
        assertThat(page.locator("h1")).hasText("Administrative procedures");
        assertThat(fitsTheScreen()).isTrue();
    }

    private boolean fitsTheScreen() {
        return (Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
    }
}
