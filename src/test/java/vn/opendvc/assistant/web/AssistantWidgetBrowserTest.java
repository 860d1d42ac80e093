package vn.opendvc.assistant.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.sun.net.httpserver.HttpServer;

import vn.opendvc.testing.BrowserTest;
import vn.opendvc.testing.Chromium;

/**
 * The widget embedded in a province's page on another origin (a plain HTML page served by a JDK HTTP server on
 * 127.0.0.1, the portal on localhost) under a strict Content-Security-Policy: a citizen asks without accents with the
 * keyboard, follows the link to the procedure; no cookie is involved and axe-core finds no serious violation.
 */
@BrowserTest
class AssistantWidgetBrowserTest {

    Chromium chromium;
    HttpServer province;
    String provinceUrl;

    @BeforeEach
    void serveTheProvincePage(Chromium chromium) throws IOException {
        this.chromium = chromium;
        String portal = chromium.url("");
        String html = """
                <!DOCTYPE html>
                <html lang="vi"><head><meta charset="utf-8"><title>Cổng thông tin tỉnh</title></head>
                <body><main><h1>Cổng thông tin điện tử tỉnh</h1><p>Tin tức và dịch vụ.</p></main>
                <script src="%s/assistant/widget.js" data-agency="DNG" defer></script></body></html>
                """.formatted(portal);
        // strict: no inline script or style anywhere, scripts and calls only to the portal
        String policy = "default-src 'none'; script-src " + portal + "; connect-src " + portal
                + "; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'";
        province = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        province.createContext("/", exchange -> {
            byte[] body = html.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.getResponseHeaders().add("Content-Security-Policy", policy);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        province.start();
        provinceUrl = "http://127.0.0.1:" + province.getAddress().getPort() + "/";
    }

    @AfterEach
    void stop() {
        province.stop(0);
    }

    @Test
    void aCitizenAsksWithoutAccentsOnAnotherSiteAndFollowsTheLink() {
        BrowserContext window = chromium.window(1280, 800);
        Page page = window.newPage();
        page.navigate(provinceUrl);
        Locator toggle = page.locator("#opendvc-assistant button.toggle");
        assertThat(toggle).hasText("Hỏi trợ lý ảo");

        // keyboard only: Tab to the button, Enter opens the panel with the focus in the question
        page.keyboard().press("Tab");
        assertThat(toggle).isFocused();
        page.keyboard().press("Enter");
        assertThat(toggle).hasAttribute("aria-expanded", "true");
        Locator question = page.locator("#opendvc-assistant input[name=question]");
        assertThat(question).isFocused();
        question.pressSequentially("lam giay khai sinh cho con can giay to gi");
        page.keyboard().press("Enter");

        Locator answer = page.locator("#opendvc-assistant [role=log] .msg").last();
        assertThat(answer).containsText("Tờ khai đăng ký khai sinh");
        Locator link = answer.locator("a", new Locator.LocatorOptions().setHasText("1.001193"));
        assertThat(link).hasAttribute("href", java.util.regex.Pattern.compile("^" + chromium.url("/procedures/\\d+") + "$"));

        // axe-core over the widget (its shadow root included): no serious or critical violation
        List<?> serious = seriousViolations(page);
        assertThat(serious).as("axe-core serious violations in the widget").isEmpty();

        // no cookie, on either origin
        assertThat(window.cookies()).isEmpty();

        Page procedure = page.waitForPopup(link::click);
        assertThat(procedure.getByTestId("procedure-name")).hasText("Thủ tục đăng ký khai sinh");

        // Escape closes the panel and gives the focus back to the button
        page.bringToFront();
        question.focus();
        page.keyboard().press("Escape");
        assertThat(toggle).hasAttribute("aria-expanded", "false");
        assertThat(toggle).isFocused();
    }

    @Test
    void speaksEnglishAndStaysSmall() throws IOException {
        Page page = chromium.page(1280, 800);
        var response = page.request().get(chromium.url("/assistant/widget.js"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().length).as("widget size").isLessThan(30 * 1024);
        assertThat(response.headers()).doesNotContainKey("set-cookie");
    }

    @SuppressWarnings("unchecked")
    private static List<?> seriousViolations(Page page) {
        page.evaluate(axeSource());
        Object result = page.evaluate("""
                async () => {
                  const r = await axe.run({include: [['#opendvc-assistant']]}, {resultTypes: ['violations']});
                  return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                      .map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '));
                }""");
        return (List<Object>) result;
    }

    private static String axeSource() {
        try (InputStream in = AssistantWidgetBrowserTest.class.getClassLoader()
                .getResourceAsStream("META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
