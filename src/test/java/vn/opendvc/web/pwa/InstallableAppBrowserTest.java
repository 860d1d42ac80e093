package vn.opendvc.web.pwa;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.opendvc.testing.BrowserTest;
import vn.opendvc.testing.Chromium;
import vn.opendvc.testing.DossierFixture;

/**
 * The portal as an app on a phone, checked the way Lighthouse does in Chromium: a valid manifest with icons that
 * exist, nothing that stops Chromium from installing it, a service worker that installs, an offline reload that
 * shows the portal's offline page, and a dossier form sent without network that waits on the phone and is sent once
 * the network is back. The phones are {@link Phones}: the shared browser's offline switch leaves the worker online.
 */
@BrowserTest
class InstallableAppBrowserTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern DOSSIER_PAGE = Pattern.compile(".*/me/dossiers/\\d+$");
    private static final LocatorAssertions.HasTextOptions BACK_ONLINE =
            new LocatorAssertions.HasTextOptions().setTimeout(15_000);

    static Phones phones;

    Chromium chromium;
    @TempDir
    Path profile;

    @BeforeAll
    static void startPhones() {
        phones = new Phones();
    }

    @AfterAll
    static void stopPhones() {
        phones.close();
    }

    @BeforeEach
    void useChromium(Chromium chromium) {
        this.chromium = chromium;
    }

    @AfterEach
    void noPageBrokeThePolicy() {
        assertThat(phones.closeAll()).as("Content-Security-Policy violations").isEmpty();
    }

    @Test
    void theManifestIsValidAndItsIconsExist() throws IOException {
        Page page = phones.phone(profile).newPage();
        page.navigate(chromium.url("/"));
        assertThat(page.locator("meta[name=theme-color]")).hasAttribute("content", "#b31b1b");
        assertThat(page.locator("link[rel=apple-touch-icon]")).hasCount(1);

        APIResponse response = page.request().get(chromium.url(page.locator("link[rel=manifest]").getAttribute("href")));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().get("content-type")).startsWith("application/manifest+json");
        JsonNode manifest = JSON.readTree(response.text());
        assertThat(manifest.get("name").asString()).isEqualTo("Cổng Dịch vụ công OpenDVC");
        assertThat(manifest.get("short_name").asString()).hasSizeLessThanOrEqualTo(12);
        assertThat(manifest.get("start_url").asString()).isEqualTo("/");
        assertThat(manifest.get("display").asString()).isEqualTo("standalone");
        assertThat(manifest.get("theme_color").asString()).isEqualTo("#b31b1b");
        List<String> icons = new ArrayList<>();
        for (JsonNode icon : manifest.get("icons")) {
            APIResponse png = page.request().get(chromium.url(icon.get("src").asString()));
            assertThat(png.status()).as(icon.toString()).isEqualTo(200);
            assertThat(png.headers().get("content-type")).isEqualTo("image/png");
            var image = ImageIO.read(new ByteArrayInputStream(png.body()));
            assertThat(image.getWidth() + "x" + image.getHeight()).isEqualTo(icon.get("sizes").asString());
            icons.add(icon.get("sizes").asString() + " " + icon.get("purpose").asString());
        }
        assertThat(icons).contains("192x192 any", "512x512 any", "192x192 maskable", "512x512 maskable");

        // what Chromium itself makes of it: the manifest parses without errors and nothing stops the installation
        CDPSession devtools = page.context().newCDPSession(page);
        JsonObject parsed = devtools.send("Page.getAppManifest");
        assertThat(parsed.getAsJsonArray("errors")).as(parsed.toString()).isEmpty();
        serviceWorkerReady(page);
        JsonObject installability = devtools.send("Page.getInstallabilityErrors");
        assertThat(installability.getAsJsonArray("installabilityErrors")).as(installability.toString()).isEmpty();
    }

    @Test
    void theServiceWorkerInstallsAndAnOfflineReloadShowsThePortalsOfflinePage() {
        BrowserContext phone = phones.phone(profile);
        Page page = phone.newPage();
        page.navigate(chromium.url("/procedures"));
        assertThat(serviceWorkerReady(page)).endsWith("/sw.js");

        phone.setOffline(true);
        page.reload();
        assertThat(page.getByTestId("offline-shell")).isVisible();
        assertThat(page.locator("h1")).hasText("Không có kết nối mạng");
        assertThat(page.getByTestId("offline-drafts")).isHidden();
        // the stylesheet came from the worker's cache: the header has the portal's colour
        assertThat(page.locator(".site-header")).hasCSS("background-color", "rgb(179, 27, 27)");
        chromium.screenshot(page, "pwa-offline-page");

        phone.setOffline(false); // the offline page opens the page asked for by itself, within seconds
        assertThat(page.locator("h1")).hasText("Thủ tục hành chính", BACK_ONLINE);
        assertThat(page).hasURL(chromium.url("/procedures"));
    }

    @Test
    void aDossierFormSentWithoutNetworkWaitsOnThePhoneAndIsSentOnceOnline() throws IOException {
        BrowserContext phone = phones.phone(profile);
        Page page = chromium.signIn(phone, "congdan1");
        String account = page.locator("meta[name=opendvc-account]").getAttribute("content");
        String child = "Nguyễn Ngoại Tuyến " + System.nanoTime() % 100000;
        fillBirthRegistration(page, child);
        serviceWorkerReady(page);

        phone.setOffline(true);
        page.getByTestId("save-draft").click();
        assertThat(page.getByTestId("draft-waiting"))
                .containsText("Đang chờ kết nối mạng — bản nháp đã được lưu trên máy này");
        assertThat(page.getByTestId("draft-waiting")).containsText("Giấy tờ đính kèm");
        JsonNode drafts = JSON.readTree((String) page.evaluate("a => localStorage.getItem('opendvc.drafts.' + a)", account));
        assertThat(drafts).hasSize(1);
        assertThat(drafts.get(0).get("fields").toString()).contains(child).doesNotContain("_csrf");
        chromium.screenshot(page, "pwa-draft-waiting");

        page.reload(); // still offline: the offline page, with the draft waiting
        assertThat(page.getByTestId("offline-shell")).isVisible();
        assertThat(page.getByTestId("offline-draft")).containsText("Thủ tục đăng ký khai sinh");
        chromium.screenshot(page, "pwa-offline-page-with-draft");

        phone.setOffline(false); // back online: the form page opens again and sends the draft
        page.waitForURL(DOSSIER_PAGE);
        assertThat(page.getByTestId("dossier-status")).containsText("Nháp");
        assertThat(page.locator("main")).containsText(child);
        assertThat(page.evaluate("a => localStorage.getItem('opendvc.drafts.' + a)", account)).isNull();
    }

    @Test
    void aFormWhoseSendingFailsWhileThePhoneSaysOnlineIsKeptAndSentFromTheNextPage() throws IOException {
        BrowserContext phone = phones.phone(profile);
        Page page = chromium.signIn(phone, "congdan1");
        String account = page.locator("meta[name=opendvc-account]").getAttribute("content");
        String child = "Lê Sóng Yếu " + System.nanoTime() % 100000;
        fillBirthRegistration(page, child);
        serviceWorkerReady(page);

        // a weak signal: the phone says online, the request never arrives
        page.route("**/me/dossiers", route -> {
            if ("POST".equals(route.request().method())) {
                route.abort("internetdisconnected");
            } else {
                route.fallback();
            }
        });
        page.getByTestId("save-draft").click();
        assertThat(page.getByTestId("draft-waiting")).isVisible();
        assertThat(JSON.readTree((String) page.evaluate("a => localStorage.getItem('opendvc.drafts.' + a)", account))
                .get(0).get("fields").toString()).contains(child);
        page.unrouteAll();

        page.navigate(chromium.url("/me/dossiers")); // the next page sends it and opens the new draft
        page.waitForURL(DOSSIER_PAGE);
        assertThat(page.locator("main")).containsText(child);
        assertThat(page.evaluate("a => localStorage.getItem('opendvc.drafts.' + a)", account)).isNull();
    }

    @Test
    void aDraftWaitsForItsOwnAccountOnlyAndTheWorkerKeepsNoPage() throws IOException {
        BrowserContext phone = phones.phone(profile);
        Page page = chromium.signIn(phone, "congdan1");
        String first = page.locator("meta[name=opendvc-account]").getAttribute("content");
        fillBirthRegistration(page, "Trần Riêng Tư");
        serviceWorkerReady(page);
        phone.setOffline(true);
        page.getByTestId("save-draft").click();
        assertThat(page.getByTestId("draft-waiting")).isVisible();
        page.close();

        // the session ends without a page of it online again; someone else signs in on the same phone
        phone.clearCookies();
        phone.setOffline(false);
        Page other = chromium.signIn(phone, "congdan2");
        other.navigate(chromium.url("/me/dossiers"));
        assertThat(other.locator("main")).not().containsText("Trần Riêng Tư");
        assertThat(other.evaluate("a => localStorage.getItem('opendvc.drafts.' + a)", first)).isNotNull();
        phone.setOffline(true);
        other.reload();
        assertThat(other.getByTestId("offline-shell")).isVisible();
        assertThat(other.getByTestId("offline-drafts")).isHidden();
        assertThat(other.getByTestId("offline-draft")).hasCount(0);

        // nothing but the shared shell is ever kept by the worker
        @SuppressWarnings("unchecked")
        List<String> kept = (List<String>) other.evaluate("""
                async () => {
                  const urls = [];
                  for (const name of await caches.keys()) {
                    for (const request of await (await caches.open(name)).keys()) {
                      urls.push(new URL(request.url).pathname);
                    }
                  }
                  return urls;
                }""");
        assertThat(kept).contains("/offline.html", "/css/opendvc.css", "/js/pwa.js", "/manifest.webmanifest")
                .allMatch(path -> path.matches("/(css|js|icons|webjars)/.*|/offline\\.html|/manifest\\.webmanifest"));
    }

    /** The procedure's form at Hải Châu, filled with valid values (read-only prefilled ones left as they are). */
    private void fillBirthRegistration(Page page, String child) {
        page.navigate(chromium.url("/procedures/" + DossierFixture.BIRTH));
        page.getByTestId("apply").click();
        page.getByTestId("agency").selectOption(DossierFixture.HAI_CHAU);
        page.getByTestId("f.hoTenTre").fill(child);
        page.getByTestId("f.ngaySinh").fill("2026-11-10");
        page.getByTestId("f.gioiTinh").selectOption("Nam");
        page.getByTestId("f.noiSinh").fill("Bệnh viện Phụ sản - Nhi Đà Nẵng");
        page.getByTestId("f.queQuan").fill("Hải Châu, Đà Nẵng");
        page.getByTestId("f.danToc").selectOption("Kinh");
        var phone = page.getByTestId("f.soDienThoai");
        if (phone.isEditable()) {
            phone.fill("0905123456");
        }
    }

    /** Waits for the page's service worker to be active; its script's address. */
    private static String serviceWorkerReady(Page page) {
        return (String) page.evaluate("async () => (await navigator.serviceWorker.ready).active.scriptURL");
    }
}
