package vn.opendvc.dossier.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;

import vn.opendvc.testing.BrowserTest;
import vn.opendvc.testing.Chromium;
import vn.opendvc.testing.DossierFixture;

/**
 * The whole full-process journey in a real browser: a citizen submits a birth registration with its files, the
 * commune's officers receive, process and complete it, and the citizen sees status 10 and downloads the result.
 * Screenshots of each stage go to {@code target/screenshots/}.
 */
@BrowserTest
class DossierJourneyBrowserTest {

    private static final byte[] PDF = DossierFixture.pdf();

    Chromium chromium;

    @BeforeEach
    void useChromium(Chromium chromium) {
        this.chromium = chromium;
    }

    @Test
    void citizenSubmitsOfficersProcessAndTheCitizenDownloadsTheResult() throws Exception {
        String dossierUrl;
        String code;
        try (BrowserContext citizen = phone()) {
            Page page = chromium.signIn(citizen, "congdan1");
            page.navigate(chromium.url("/procedures?q=dang+ky+khai+sinh"));
            page.locator("ul.results li a.name").first().click();
            page.getByTestId("apply").click();
            page.getByTestId("agency").selectOption("DNG-HAICHAU");
            page.getByTestId("f.hoTenTre").fill("Nguyễn Minh Khang");
            page.getByTestId("f.ngaySinh").fill("2026-11-10");
            page.getByTestId("f.gioiTinh").selectOption("Nam");
            page.getByTestId("f.noiSinh").fill("Bệnh viện Phụ sản - Nhi Đà Nẵng");
            page.getByTestId("f.queQuan").fill("Hải Châu, Đà Nẵng");
            page.getByTestId("f.danToc").selectOption("Kinh");
            fillUnlessVerified(page, "f.soDienThoai", "0905 123 456");
            page.getByTestId("save-draft").click();
            assertThat(page.getByTestId("dossier-status")).containsText("Nháp");
            for (int slot = 0; slot < 3; slot++) {
                page.getByTestId("file-input-" + slot)
                        .setInputFiles(new FilePayload("giay-to-" + slot + ".pdf", "application/pdf", PDF));
                page.getByTestId("attach-" + slot).click();
                assertThat(page.getByTestId("message")).isVisible();
            }
            page.getByTestId("submit").click();
            assertThat(page.getByTestId("dossier-status")).hasAttribute("data-code", "1");
            code = page.getByTestId("dossier-code").textContent().strip();
            assertThat(code).matches("DNG-HAICHAU-\\d{6}-\\d{4}");
            dossierUrl = page.url();
            chromium.screenshot(page, "1-citizen-submitted");
        }

        act("motcua1", code, "receive", "2");
        act("motcua1", code, "forward", "4");
        act("chuyenvien1", code, "forward", "4");
        act("lanhdao1", code, "complete", "9");
        act("motcua1", code, "deliver", "10");

        try (BrowserContext citizen = phone()) {
            Page page = chromium.signIn(citizen, "congdan1");
            page.navigate(dossierUrl);
            assertThat(page.getByTestId("dossier-status")).hasAttribute("data-code", "10");
            assertThat(page.getByTestId("dossier-status")).containsText("Đã trả kết quả");
            assertThat(page.getByTestId("history").locator("li")).hasCount(6);
            chromium.screenshot(page, "3-citizen-result-returned");
            Download download = page.waitForDownload(() -> page.getByTestId("file-RESULT").click());
            byte[] result = Files.readAllBytes(download.path());
            assertThat(new String(result, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            assertThat(download.suggestedFilename()).endsWith(".pdf");
            Download receipt = page.waitForDownload(() -> page.getByTestId("file-RECEIPT").click());
            assertThat(Files.size(receipt.path())).isPositive();
        }
    }

    @Test
    void aFeeIsPaidOnlineThroughTheGatewayAndTheDossierMovesOn() {
        String dossierUrl;
        String code;
        try (BrowserContext citizen = phone()) {
            Page page = chromium.signIn(citizen, "congdan2");
            code = submitTemporaryResidence(page);
            dossierUrl = page.url();
            assertThat(page.getByTestId("paid-badge")).containsText("Chưa thanh toán");
        }

        act("motcua1", code, "receive", "6"); // the fee is not paid: "Yêu cầu nghĩa vụ tài chính"

        try (BrowserContext citizen = phone()) {
            Page page = chromium.signIn(citizen, "congdan2");
            page.navigate(dossierUrl);
            page.getByTestId("pay").click();
            page.getByTestId("choice-SUCCESS").check();
            page.getByTestId("ipn-NOW").check();
            chromium.screenshot(page, "4-gateway-simulator");
            page.getByTestId("simulator-submit").click();
            assertThat(page.getByTestId("return-gateway")).isVisible();
            chromium.screenshot(page, "5-gateway-return");
            waitForStatus(page, dossierUrl, "2");
            assertThat(page.getByTestId("paid-badge")).containsText("Đã thanh toán");
            assertThat(page.getByTestId("history")).containsText("Thanh toán phí, lệ phí");
            chromium.screenshot(page, "6-citizen-paid");
            var receipt = page.request().get(chromium.url(page.getByTestId("payment-receipt").getAttribute("href")));
            assertThat(receipt.status()).isEqualTo(200);
            assertThat(new String(receipt.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        }
    }

    @Test
    void paidRightAfterSubmittingTheDossierNeverWaitsForItsFee() {
        String code;
        try (BrowserContext citizen = phone()) {
            Page page = chromium.signIn(citizen, "congdan1");
            code = submitTemporaryResidence(page);
            String dossierUrl = page.url();
            page.getByTestId("pay").click();
            page.getByTestId("choice-SUCCESS").check();
            page.getByTestId("ipn-NOW").check();
            page.getByTestId("simulator-submit").click();
            assertThat(page.getByTestId("return-gateway")).isVisible();
            page.navigate(dossierUrl);
            assertThat(page.getByTestId("paid-badge")).containsText("Đã thanh toán");
        }
        act("motcua1", code, "receive", "2");
    }

    /** Temporary residence (1.004194) at Hải Châu: a fee of 7,000 đồng online. */
    private String submitTemporaryResidence(Page page) {
        page.navigate(chromium.url("/procedures?q=1.004194"));
        page.locator("ul.results li a.name").first().click();
        page.getByTestId("apply").click();
        page.getByTestId("agency").selectOption("DNG-HAICHAU");
        fillUnlessVerified(page, "f.hoTenNguoiYeuCau", "Trần Thị Bích Ngọc");
        fillUnlessVerified(page, "f.soDinhDanhNguoiYeuCau", "048195004567");
        fillUnlessVerified(page, "f.diaChiTamTru", "12 Bạch Đằng, Hải Châu, Đà Nẵng");
        fillUnlessVerified(page, "f.thoiHanTamTru", "12");
        fillUnlessVerified(page, "f.loaiChoO", "Nhà thuê");
        fillUnlessVerified(page, "f.soDienThoai", "0935123456");
        page.getByTestId("save-draft").click();
        assertThat(page.getByTestId("fee-quote")).containsText("đồng");
        for (int slot = 0; slot < 2; slot++) {
            page.getByTestId("file-input-" + slot)
                    .setInputFiles(new FilePayload("giay-to-" + slot + ".pdf", "application/pdf", PDF));
            page.getByTestId("attach-" + slot).click();
            assertThat(page.getByTestId("message")).isVisible();
        }
        page.getByTestId("submit").click();
        assertThat(page.getByTestId("dossier-status")).hasAttribute("data-code", "1");
        return page.getByTestId("dossier-code").textContent().strip();
    }

    /** Values vouched for by the e-ID or a national database are read-only: they stay as prefilled. */
    private static void fillUnlessVerified(Page page, String testId, String value) {
        var field = page.getByTestId(testId);
        if (field.isEditable()) {
            field.fill(value);
        }
    }

    /** The payment moves the dossier on after the gateway's notification, a moment later. */
    private static void waitForStatus(Page page, String url, String status) {
        for (int attempt = 0; attempt < 40; attempt++) {
            page.navigate(url);
            if (status.equals(page.getByTestId("dossier-status").getAttribute("data-code"))) {
                return;
            }
            page.waitForTimeout(250);
        }
        assertThat(page.getByTestId("dossier-status")).hasAttribute("data-code", status);
    }

    /** An officer signs in, finds the dossier in their queue and takes the action. */
    private void act(String officer, String code, String action, String expectedStatus) {
        try (BrowserContext context = phone()) {
            Page page = chromium.signIn(context, officer);
            page.getByTestId("nav-inbox").click();
            page.locator("[data-code='" + code + "'] a.name").click();
            page.getByTestId("do-" + action).click();
            assertThat(page.getByTestId("message")).isVisible();
            assertThat(page.getByTestId("dossier-status")).hasAttribute("data-code", expectedStatus);
            chromium.screenshot(page, "2-" + officer + "-" + action + "-" + code);
        }
    }

    /** A phone-sized window. */
    private BrowserContext phone() {
        return chromium.window(390, 844);
    }
}
