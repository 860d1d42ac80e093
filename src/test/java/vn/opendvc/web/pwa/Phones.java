package vn.opendvc.web.pwa;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.impl.PlaywrightImpl;
import com.microsoft.playwright.options.ServiceWorkerPolicy;

/**
 * Phones for the installable-app tests: Debian's Chromium as {@link vn.opendvc.testing.Chromium} drives it, with two
 * differences the service worker needs. Each phone has a profile of its own on disk (an incognito window, the
 * shared browser's kind, is never offered to install an app), and its offline switch also cuts the worker's own
 * network: Playwright leaves the worker online unless its driver runs with
 * {@code PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS}, so an offline reload would never reach the offline page.
 * Hence a Playwright driver of its own, started with that variable, beside the shared one.
 * Like the shared browser, a page that breaks the Content-Security-Policy is recorded.
 */
final class Phones implements AutoCloseable {

    private static final String EXECUTABLE = System.getenv().getOrDefault("OPENDVC_CHROMIUM", "/usr/bin/chromium");

    // a driver of its own: Playwright.create reuses the first driver of the JVM (the shared browser's), whose
    // environment lacks the variable
    private final Playwright playwright = PlaywrightImpl.createImpl(new Playwright.CreateOptions().setEnv(Map.of(
            "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1", "PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS", "1")), true);
    private final List<BrowserContext> open = new ArrayList<>();
    private final List<String> policyViolations = new CopyOnWriteArrayList<>();

    /** A phone-sized Chromium in Vietnamese with its profile in {@code profile}. */
    BrowserContext phone(Path profile) {
        BrowserContext phone = playwright.chromium().launchPersistentContext(profile,
                new BrowserType.LaunchPersistentContextOptions().setExecutablePath(Path.of(EXECUTABLE))
                        .setHeadless(true).setViewportSize(360, 740).setLocale("vi-VN")
                        .setServiceWorkers(ServiceWorkerPolicy.ALLOW)
                        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
        phone.onPage(page -> page.onConsoleMessage(message -> {
            if ("error".equals(message.type()) && message.text().contains("Content Security Policy")) {
                policyViolations.add(page.url() + ": " + message.text());
            }
        }));
        open.add(phone);
        return phone;
    }

    /** Closes this test's phones; what the Content-Security-Policy refused on their pages. */
    List<String> closeAll() {
        open.forEach(BrowserContext::close);
        open.clear();
        List<String> refused = List.copyOf(policyViolations);
        policyViolations.clear();
        return refused;
    }

    @Override
    public void close() {
        closeAll();
        playwright.close();
    }
}
