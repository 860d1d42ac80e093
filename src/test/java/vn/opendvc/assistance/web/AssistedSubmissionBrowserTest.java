package vn.opendvc.assistance.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.APIRequestContext;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.RequestOptions;

import vn.opendvc.identity.Role;
import vn.opendvc.identity.internal.AccountRegistry;
import vn.opendvc.testing.BrowserTest;
import vn.opendvc.testing.Chromium;
import vn.opendvc.testing.DossierFixture;

/**
 * Issue 16 on a 360-pixel phone: the post-office agent submits a birth registration for congdan2 with the one-time
 * code the citizen received (read from the demo's SMS simulator), congdan2 finds the dossier among their own, on the
 * assisted channel, pays the agent's service fee online in the gateway simulator, and nobody else (an officer of
 * another agency, another citizen, another agent) can see the dossier. Screenshots go to
 * {@code target/screenshots/}.
 */
@BrowserTest
class AssistedSubmissionBrowserTest {

    private static final String CONGDAN2_ID = "048195004567";
    private static final String CONGDAN2_PHONE = "+84935678901";
    private static final byte[] PDF = DossierFixture.pdf();
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountRegistry registry;

    Chromium chromium;

    @BeforeEach
    void useChromium(Chromium chromium) {
        this.chromium = chromium;
    }

    @Test
    void theAgentSubmitsForTheCitizenWhoSeesTheDossierAsTheirs() {
        long dossierId;
        String dossierCode;
        try (BrowserContext desk = phone()) {
            Page page = chromium.signIn(desk, "buudien1");
            page.getByTestId("nav-agent").click();
            page.getByTestId("procedure-q").fill(DossierFixture.BIRTH);
            page.getByTestId("procedure-find").click();
            page.getByTestId("procedure-" + DossierFixture.BIRTH).click();
            assertThat(page.getByTestId("chosen-procedure")).containsText("đăng ký khai sinh");
            page.getByTestId("agency").selectOption(DossierFixture.HAI_CHAU);
            page.getByTestId("idNumber").fill(CONGDAN2_ID);
            chromium.screenshot(page, "agent-1-consent-request");
            page.getByTestId("send-code").click();
            assertThat(page.getByTestId("code-sent")).containsText("Mã xác nhận đã được gửi tới");
            assertThat(page.getByTestId("code-sent")).containsText("901");
            chromium.screenshot(page, "agent-2-code-sent");

            page.getByTestId("code").fill(codeOnTheSimulator(desk));
            page.getByTestId("confirm-code").click();
            assertThat(page.getByTestId("draft-form")).isVisible();
            page.getByTestId("f.hoTenTre").fill("Trần Gia Hân");
            page.getByTestId("f.ngaySinh").fill("2026-11-10");
            page.getByTestId("f.gioiTinh").selectOption("Nữ");
            page.getByTestId("f.noiSinh").fill("Bệnh viện Phụ sản - Nhi Đà Nẵng");
            page.getByTestId("f.queQuan").fill("Hải Châu, Đà Nẵng");
            page.getByTestId("f.danToc").selectOption("Kinh");
            page.getByTestId("f.soDienThoai").fill("0935 678 901");
            chromium.screenshot(page, "agent-3-draft-form");
            page.getByTestId("save-form").click();

            assertThat(page.getByTestId("dossier-status")).containsText("Nháp");
            for (int slot = 0; slot < 3; slot++) {
                page.getByTestId("file-input-" + slot)
                        .setInputFiles(new FilePayload("ban-quet-" + slot + ".pdf", "application/pdf", PDF));
                page.getByTestId("attach-" + slot).click();
                assertThat(page.getByTestId("message")).isVisible();
            }
            page.getByTestId("submit").click();
            assertThat(page.getByTestId("dossier-status")).hasAttribute("data-code", "1");
            chromium.screenshot(page, "agent-4-submitted");
            dossierCode = page.getByTestId("dossier-code").textContent().strip();
            dossierId = Long.parseLong(page.url().replaceAll(".*/me/dossiers/(\\d+).*", "$1"));

            page.navigate(chromium.url("/agent"));
            assertThat(page.locator("[data-testid=recent-consent] a[href='/me/dossiers/" + dossierId + "']"))
                    .isVisible();
            chromium.screenshot(page, "agent-5-recent-consents");
        }

        try (BrowserContext citizen = phone()) {
            Page page = chromium.signIn(citizen, "congdan2");
            page.getByTestId("nav-mine").click();
            page.locator("[data-testid=my-dossiers] a[href='/me/dossiers/" + dossierId + "']").click();
            assertThat(page.getByTestId("dossier-code")).hasText(dossierCode);
            assertThat(page.getByTestId("dossier-status")).hasAttribute("data-code", "1");
            assertThat(page.locator("dl.facts").first()).containsText("Qua đại lý dịch vụ công");
            assertThat(page.locator("dl.facts").first()).containsText("Trần Thị Bích Ngọc");
            chromium.screenshot(page, "agent-6-citizen-sees-it");

            // the agent's service fee, apart from the procedure's fee, paid online to the agent's organisation
            assertThat(page.getByTestId("agent-fee-amount")).hasText("15.000 đ");
            assertThat(page.getByTestId("agent-fee-status")).hasAttribute("data-status", "DUE");
            page.getByTestId("agent-fee-pay").click();
            page.getByTestId("choice-SUCCESS").check();
            page.getByTestId("ipn-NOW").check();
            chromium.screenshot(page, "agent-7-fee-at-the-gateway");
            page.getByTestId("simulator-submit").click();
            assertThat(page.getByTestId("return-gateway")).isVisible();
            String dossierUrl = chromium.url("/me/dossiers/" + dossierId);
            for (int attempt = 0; attempt < 40 && !"PAID_ONLINE".equals(feeStatus(page, dossierUrl)); attempt++) {
                page.waitForTimeout(250);
            }
            assertThat(page.getByTestId("agent-fee-status")).hasAttribute("data-status", "PAID_ONLINE");
            assertThat(page.getByTestId("agent-fee-pay")).hasCount(0);
            // the dossier's own fee is another matter
            assertThat(page.getByTestId("dossier-status")).hasAttribute("data-code", "1");
            chromium.screenshot(page, "agent-8-fee-paid");
            var receipt = page.request().get(chromium.url(page.getByTestId("agent-fee-receipt").getAttribute("href")));
            assertThat(receipt.status()).isEqualTo(200);
            assertThat(new String(receipt.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        }

        APIRequestContext api = phone().request();
        assertThat(dossierStatus(api, "congdan2", dossierId)).as("the citizen's own").isEqualTo(200);
        assertThat(dossierStatus(api, "motcua2", dossierId)).as("an officer of another agency").isEqualTo(404);
        assertThat(dossierStatus(api, "congdan1", dossierId)).as("another citizen").isEqualTo(404);
        String otherAgent = "daily" + System.nanoTime() % 100_000;
        registry.createOfficer(otherAgent, "Demo@123", "Đại Lý Khác", DossierFixture.HAI_CHAU, Set.of(Role.AGENT),
                null, null);
        assertThat(dossierStatus(api, otherAgent, dossierId)).as("another agent").isEqualTo(404);
    }

    /** The fee's status on the dossier page, reloaded: the gateway's confirmation arrives a moment later. */
    private static String feeStatus(Page page, String dossierUrl) {
        page.navigate(dossierUrl);
        return page.getByTestId("agent-fee-status").getAttribute("data-status");
    }

    /** The code as congdan2 reads it on their phone: the newest text to it, in the same browser as the desk. */
    private String codeOnTheSimulator(BrowserContext desk) {
        SentCodes.awaitHandedOver(jdbc, CONGDAN2_PHONE);
        Page sms = desk.newPage();
        try {
            sms.navigate(chromium.url("/demo/sms"));
            assertThat(sms.getByTestId("sms-table")).isVisible();
            return SentCodes.newestIn(sms.content(), CONGDAN2_PHONE);
        } finally {
            sms.close();
        }
    }

    private int dossierStatus(APIRequestContext api, String username, long dossierId) {
        APIResponse token = api.post(chromium.url("/api/v1/auth/token"), RequestOptions.create()
                .setHeader("Content-Type", "application/json")
                .setData("{\"username\":\"" + username + "\",\"password\":\"Demo@123\"}"));
        assertThat(token.status()).isEqualTo(200);
        Matcher access = ACCESS_TOKEN.matcher(token.text());
        assertThat(access.find()).isTrue();
        return api.get(chromium.url("/api/v1/dossiers/" + dossierId), RequestOptions.create()
                .setHeader("Authorization", "Bearer " + access.group(1))).status();
    }

    /** The narrowest phone the portal is laid out for. */
    private BrowserContext phone() {
        return chromium.window(360, 740);
    }
}
