package vn.opendvc.catalog.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import vn.opendvc.Chromium;

/** The citizen's first minute on the portal, in a real browser at phone width. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag("persistence")
class CatalogPagesBrowserTest {

    static Chromium chromium;

    @LocalServerPort
    int port;

    BrowserContext context;
    Page page;

    @BeforeAll
    static void launch() {
        chromium = Chromium.launch();
    }

    @AfterAll
    static void shutDown() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void openPhone() {
        context = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(360, 740)
                .setLocale("vi-VN"));
        page = context.newPage();
    }

    @AfterEach
    void close() {
        context.close();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
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
