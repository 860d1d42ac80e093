package vn.opendvc.connected;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;

import vn.opendvc.catalog.Procedure;
import vn.opendvc.catalog.ProcedureCatalog;
import vn.opendvc.testing.BrowserTest;
import vn.opendvc.testing.Chromium;
import vn.opendvc.testing.DossierFixture;

/**
 * The birth → residence → health-insurance connected procedure on a 360 px phone: the parent declares once, the
 * commune, the commune police and the provincial social insurance each process their part in order, the birth
 * certificate's number reaches the police and the insurance without anyone typing it, and the three results land in
 * the citizen's document store. Screenshots go to {@code target/screenshots/}.
 */
@BrowserTest
class ConnectedProcedureBrowserTest {

    private static final byte[] PDF = DossierFixture.pdf();

    @Autowired
    ProcedureCatalog catalog;

    Chromium chromium;

    @BeforeEach
    void useChromium(Chromium chromium) {
        this.chromium = chromium;
    }

    @Test
    void aParentSubmitsOnceAndThreeAgenciesProcessTheirPartsInOrder() {
        Procedure connected = catalog.findByCode("2.000986").orElseThrow();
        String parentUrl;
        String birthCode;
        try (BrowserContext phone = phone()) {
            Page page = chromium.signIn(phone, "congdan1");
            page.navigate(chromium.url("/procedures?q=2.000986"));
            page.locator("ul.results li a.name").first().click();
            page.getByTestId("apply").click();
            page.getByTestId("agency").selectOption("DNG-HAICHAU");
            for (Procedure.FormField field : connected.formFields()) {
                fill(page, field);
            }
            page.getByTestId("save-draft").click();
            assertThat(page.getByTestId("dossier-status")).containsText("Nháp");
            long slots = connected.documents().stream().filter(Procedure.RequiredDocument::required).count();
            for (int slot = 0; slot < slots; slot++) {
                page.getByTestId("file-input-" + slot)
                        .setInputFiles(new FilePayload("giay-to-" + slot + ".pdf", "application/pdf", PDF));
                page.getByTestId("attach-" + slot).click();
                assertThat(page.getByTestId("message")).isVisible();
            }
            page.getByTestId("submit").click();
            Locator members = page.getByTestId("journey-member");
            assertThat(members).hasCount(3);
            assertThat(members.nth(0).getByTestId("member-agency")).containsText("Phường Hải Châu");
            assertThat(members.nth(1).getByTestId("member-agency")).containsText("Công an phường Hải Châu");
            assertThat(members.nth(2).getByTestId("member-agency")).containsText("Bảo hiểm xã hội thành phố Đà Nẵng");
            assertThat(members.nth(1)).hasAttribute("data-state", "WAITING");
            assertThat(page.getByTestId("journey-due")).not().hasText("—");
            birthCode = members.nth(0).getByTestId("member-code").textContent().strip();
            parentUrl = page.url();
            chromium.screenshot(page, "connected-1-submitted");
        }

        // the commune registers the birth
        act("motcua1", birthCode, "receive", "2");
        act("motcua1", birthCode, "forward", "4");
        act("chuyenvien1", birthCode, "forward", "4");
        act("lanhdao1", birthCode, "complete", "9");

        String residenceCode = startedMember(parentUrl, 1);
        String insuranceCode = startedMember(parentUrl, 2);
        for (String[] part : new String[][] {{"congan1", residenceCode}, {"bhxh1", insuranceCode}}) {
            try (BrowserContext phone = phone()) {
                Page page = chromium.signIn(phone, part[0]);
                page.getByTestId("nav-inbox").click();
                page.locator("[data-code='" + part[1] + "'] a.name").click();
                // the birth certificate's number came with the dossier: nobody typed it
                assertThat(page.locator("body")).containsText(birthCode);
                chromium.screenshot(page, "connected-2-" + part[0] + "-received-number");
            }
            act(part[0], part[1], "receive", "2");
            act(part[0], part[1], "forward", "4");
            act(part[0], part[1], "forward", "4");
            act(part[0], part[1], "complete", "9");
        }

        try (BrowserContext phone = phone()) {
            Page page = chromium.signIn(phone, "congdan1");
            page.navigate(parentUrl);
            assertThat(page.getByTestId("journey-status")).hasAttribute("data-status", "9");
            assertThat(page.getByTestId("member-result")).hasCount(3);
            assertThat(page.getByTestId("journey-handoff")).hasCount(2);
            chromium.screenshot(page, "connected-3-citizen-journey-done");
            page.navigate(chromium.url("/me/documents"));
            Locator documents = page.getByTestId("documents");
            assertThat(documents).containsText("Giấy khai sinh");
            assertThat(documents).containsText("Thông báo kết quả giải quyết thủ tục về cư trú");
            assertThat(documents).containsText("Thẻ bảo hiểm y tế");
            chromium.screenshot(page, "connected-4-citizen-document-store");
        }
    }

    /** Waits for the hand-off (after the birth certificate's commit) and gives the member's new dossier code. */
    private String startedMember(String parentUrl, int position) {
        try (BrowserContext phone = phone()) {
            Page page = chromium.signIn(phone, "congdan1");
            for (int attempt = 0; attempt < 80; attempt++) {
                page.navigate(parentUrl);
                Locator member = page.getByTestId("journey-member").nth(position);
                if ("STARTED".equals(member.getAttribute("data-state"))) {
                    return member.getByTestId("member-code").textContent().strip();
                }
                page.waitForTimeout(250);
            }
            assertThat(page.getByTestId("journey-member").nth(position)).hasAttribute("data-state", "STARTED");
            throw new AssertionError("unreachable");
        }
    }

    /** A valid value of the field's type, unless the e-ID or a national database vouched for it (read-only). */
    private static void fill(Page page, Procedure.FormField field) {
        Locator input = page.getByTestId("f." + field.key());
        if (!input.isEditable()) {
            return;
        }
        switch (field.type()) {
            case "select" -> input.selectOption(field.options().getFirst());
            case "date" -> input.fill("2026-11-10");
            case "number" -> input.fill("3");
            case "idNumber" -> input.fill("048090001234");
            case "phone" -> input.fill("0905123456");
            case "email" -> input.fill("nguyenvanan@example.vn");
            default -> input.fill("Nguyễn Minh Khang, Hải Châu, Đà Nẵng");
        }
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
        }
    }

    /** The 360 px phone of the issue. */
    private BrowserContext phone() {
        return chromium.window(360, 780);
    }
}
