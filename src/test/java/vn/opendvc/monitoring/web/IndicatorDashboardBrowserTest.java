package vn.opendvc.monitoring.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import vn.opendvc.testing.BrowserTest;
import vn.opendvc.testing.Chromium;

/**
 * The dashboard in a real browser: Chart.js from the WebJar draws both charts without a console error, the page
 * fits a 360 px phone, and a monitor sees the details. Screenshots go to {@code target/screenshots/}.
 */
@BrowserTest
class IndicatorDashboardBrowserTest {

    Chromium chromium;

    @BeforeEach
    void useChromium(Chromium chromium) {
        this.chromium = chromium;
    }

    private String url(String path) {
        return chromium.url(path);
    }

    /** Console errors and uncaught exceptions of a page. */
    private static List<String> errorsOf(Page page) {
        List<String> errors = new CopyOnWriteArrayList<>();
        page.onConsoleMessage(message -> {
            // the browser asks for /favicon.ico on its own, and the portal has none: not an error of the page
            if ("error".equals(message.type()) && !message.location().contains("/favicon.ico")) {
                errors.add(message.text() + " " + message.location());
            }
        });
        page.onPageError(errors::add);
        return errors;
    }

    @Test
    void theChartsRenderOnAPhoneWithoutConsoleErrors() {
        try (BrowserContext context = chromium.window(360, 740)) {
            Page page = context.newPage();
            List<String> errors = errorsOf(page);
            page.navigate(url("/indicators"));

            assertThat(page.locator("h1")).hasText("Chỉ số phục vụ người dân, doanh nghiệp: Cả nước");
            assertThat(page.getByTestId("groups-chart")).hasAttribute("data-rendered", "true");
            assertThat(page.getByTestId("trend-chart")).hasAttribute("data-rendered", "true");
            assertThat(page.getByTestId("score")).not().isEmpty();
            assertThat((Boolean) page.evaluate("() => typeof window.Chart === 'function'")).isTrue();
            assertThat(((Number) page.evaluate("() => Object.keys(Chart.instances).length")).intValue()).isEqualTo(2);
            // the canvases were drawn on: some pixel is not transparent
            assertThat((Boolean) page.evaluate("""
                    () => [...document.querySelectorAll('canvas')].every(c => {
                      const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                      for (let i = 3; i < d.length; i += 4) { if (d[i] !== 0) return true; }
                      return false;
                    })""")).isTrue();
            assertThat(page.getByTestId("groups-table").locator("tbody tr")).hasCount(5);
            assertThat(page.getByTestId("trend-table").locator("tbody tr")).hasCount(12);
            assertThat(page.getByTestId("dossier-link")).hasCount(0);
            assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("no horizontal scrolling at 360 px; too wide: %s", page.evaluate("""
                            () => [...document.querySelectorAll('body *')]
                              .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
                              .slice(0, 5).map(e => e.tagName + '.' + e.className).join(', ')"""))
                    .isTrue();
            chromium.screenshot(page, "indicators-public-360");

            page.getByTestId("nav-indicators").click();
            page.locator("#period-from").fill("2026-12-31");
            page.locator("#period-to").fill("2026-01-01");
            page.getByTestId("period-form").locator("button[type=submit]").click();
            assertThat(page.getByTestId("to-error")).containsText("Ngày kết thúc phải sau ngày bắt đầu");
            assertThat(page.getByTestId("groups-chart")).hasAttribute("data-rendered", "true");
            assertThat(errors).as("console errors").isEmpty();
        }
    }

    @Test
    void aMonitorSeesTheDetailsAndTheDossiersBehindAFigure() {
        try (BrowserContext context = chromium.window(1280, 900)) {
            Page page = context.newPage();
            List<String> errors = errorsOf(page);
            page.navigate(url("/login"));
            page.locator("input[name=username]").fill("giamsat");
            page.locator("input[name=password]").fill("Demo@123");
            page.locator("form button[type=submit]").first().click();
            page.waitForURL(url("/"));

            page.navigate(url("/indicators?agency=DNG"));
            assertThat(page.locator("h1")).containsText("Đà Nẵng");
            assertThat(page.getByTestId("indicator-details")).isVisible();
            assertThat(page.getByTestId("formula").first()).containsText("min(tỷ lệ / ");
            assertThat(page.getByTestId("trend-chart")).hasAttribute("data-rendered", "true");
            chromium.screenshot(page, "indicators-monitor-1280");

            page.setViewportSize(360, 740);
            page.reload();
            assertThat(page.getByTestId("indicator-details")).isVisible();
            assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("the detailed view fits 360 px too").isTrue();
            chromium.screenshot(page, "indicators-monitor-360");

            page.getByTestId("headline-full-process").getByTestId("dossier-link").last().click();
            assertThat(page.locator("h1")).hasText("Hồ sơ được đếm: Tỷ lệ hồ sơ trực tuyến toàn trình");
            assertThat(page.getByTestId("total")).isVisible();
            chromium.screenshot(page, "indicators-dossiers-360");
            assertThat(errors).as("console errors").isEmpty();
        }
    }
}
