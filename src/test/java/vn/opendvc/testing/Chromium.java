package vn.opendvc.testing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Debian's Chromium, driven by Playwright, as one test of a {@link BrowserTest} sees it: a parameter of the test (or
 * of its {@code @BeforeEach} method) that opens browser windows of a given size on the application under test,
 * signs a demo account in and takes screenshots into {@code target/screenshots/}. The windows are closed after the
 * test, and photographed first when it failed. One Chromium serves the whole run; where it is not installed the
 * browser tests are skipped with a message ({@code .ci/run} installs it, so CI never skips). A test during which a
 * page broke the Content-Security-Policy (an inline script, handler or style the browser refused) fails.
 */
public final class Chromium implements AutoCloseable {

    private static final Path EXECUTABLE = Path.of(System.getenv().getOrDefault("OPENDVC_CHROMIUM", "/usr/bin/chromium"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String DEMO_PASSWORD = "Demo@123";

    private final Browser browser;
    private final String baseUrl;
    private final List<BrowserContext> windows = new ArrayList<>();
    private final List<String> policyViolations = new CopyOnWriteArrayList<>();

    private Chromium(Browser browser, String baseUrl) {
        this.browser = browser;
        this.baseUrl = baseUrl;
    }

    /** A new window (its own cookies) of {@code width} × {@code height} CSS pixels, in Vietnamese, that keeps downloads. */
    public BrowserContext window(int width, int height) {
        BrowserContext window = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)
                .setLocale("vi-VN").setAcceptDownloads(true));
        // Chromium reports what the Content-Security-Policy refused as a console error
        window.onPage(page -> page.onConsoleMessage(message -> {
            if ("error".equals(message.type()) && message.text().contains("Content Security Policy")) {
                policyViolations.add(page.url() + ": " + message.text());
            }
        }));
        windows.add(window);
        return window;
    }

    /** A page in a new {@link #window}. */
    public Page page(int width, int height) {
        return window(width, height).newPage();
    }

    /** The address of {@code path} on the application under test. */
    public String url(String path) {
        return baseUrl + path;
    }

    /** A new page of {@code window} on which the demo account {@code username} has signed in with the login form. */
    public Page signIn(BrowserContext window, String username) {
        Page page = window.newPage();
        page.navigate(url("/login"));
        page.locator("#username").fill(username);
        page.locator("#password").fill(DEMO_PASSWORD);
        page.locator("form button[type=submit]").first().click();
        assertThat(page.getByTestId("nav-account")).isVisible();
        return page;
    }

    /** The whole page, as {@code target/screenshots/<name>.png}. */
    public void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    /** Closes the windows this test opened. */
    @Override
    public void close() {
        windows.forEach(BrowserContext::close);
        windows.clear();
    }

    private void screenshotEveryPage(String name) {
        int n = 0;
        for (BrowserContext window : windows) {
            for (Page page : window.pages()) {
                screenshot(page, name + "-" + ++n);
            }
        }
    }

    /** Launches Chromium once per run and gives each test its {@link Chromium}; registered by {@link BrowserTest}. */
    public static final class Extension implements BeforeAllCallback, ParameterResolver, AfterEachCallback {

        private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Chromium.class);

        @Override
        public void beforeAll(ExtensionContext context) {
            Assumptions.assumeTrue(Files.isExecutable(EXECUTABLE),
                    "Chromium not found at " + EXECUTABLE + ": browser test skipped (apt-get install chromium)");
            try {
                Files.createDirectories(SCREENSHOTS);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            launched(context);
        }

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == Chromium.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            // the same one for the @BeforeEach methods and the test itself
            return context.getStore(NAMESPACE).computeIfAbsent(Chromium.class, key -> new Chromium(
                    launched(context).browser, "http://localhost:" + SpringExtension.getApplicationContext(context)
                            .getEnvironment().getRequiredProperty("local.server.port")), Chromium.class);
        }

        @Override
        public void afterEach(ExtensionContext context) {
            Chromium chromium = context.getStore(NAMESPACE).remove(Chromium.class, Chromium.class);
            if (chromium == null) {
                return;
            }
            try {
                if (context.getExecutionException().isPresent()) {
                    chromium.screenshotEveryPage("failed-" + context.getRequiredTestClass().getSimpleName() + "-"
                            + context.getRequiredTestMethod().getName());
                }
            } finally {
                chromium.close();
            }
            if (context.getExecutionException().isEmpty() && !chromium.policyViolations.isEmpty()) {
                throw new AssertionError("Content-Security-Policy violations: " + chromium.policyViolations);
            }
        }

        private static Launched launched(ExtensionContext context) {
            return context.getRoot().getStore(NAMESPACE).computeIfAbsent(Launched.class, key -> Launched.launch(),
                    Launched.class);
        }
    }

    /** Playwright and its Chromium, closed by JUnit at the end of the run. */
    private record Launched(Playwright playwright, Browser browser) implements AutoCloseable {

        static Launched launch() {
            Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(EXECUTABLE)
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
            return new Launched(playwright, browser);
        }

        @Override
        public void close() {
            browser.close();
            playwright.close();
        }
    }
}
