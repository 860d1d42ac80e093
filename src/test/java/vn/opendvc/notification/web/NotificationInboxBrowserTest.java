package vn.opendvc.notification.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import vn.opendvc.testing.BrowserTest;
import vn.opendvc.testing.Chromium;
import vn.opendvc.web.PublicUrl;

/**
 * On a 360 px phone a citizen sees the unread count in the header, opens the inbox, reads a message of several lines
 * without scrolling sideways, follows it to the page it is about, and the count has dropped by one; the preferences
 * fit the phone too.
 */
@BrowserTest
class NotificationInboxBrowserTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PublicUrl publicUrl;

    @Test
    void aCitizenReadsAMessageOnAPhoneAndTheBadgeDropsByOne(Chromium chromium) {
        NotificationRows rows = new NotificationRows(jdbc);
        long citizen = rows.accountId("congdan1");
        rows.inApp(citizen, "Hồ sơ DNG-HAICHAU-261123-9001 đã được tiếp nhận", "Hồ sơ của bạn đã được tiếp nhận.",
                publicUrl.base() + "/me/dossiers");
        long id = rows.inApp(citizen, "Yêu cầu bổ sung hồ sơ DNG-HAICHAU-261123-9002",
                "Cán bộ cần thêm:\n- Bản sao giấy chứng sinh\n- Giấy tờ tùy thân của người đi đăng ký",
                publicUrl.base() + "/me/dossiers");

        try (BrowserContext phone = chromium.window(360, 740)) {
            Page page = chromium.signIn(phone, "congdan1");
            int before = badge(page);
            assertThat(before).isGreaterThanOrEqualTo(2);
            assertThat(page.getByTestId("nav-notifications")).containsText(before + " thông báo chưa đọc");

            page.getByTestId("nav-notifications").click();
            Locator item = page.getByTestId("notification-" + id);
            assertThat(item).hasAttribute("data-unread", "true");
            assertThat(item.locator(".body")).hasCSS("white-space", "pre-line");
            // innerText is the text as laid out: its line breaks are the ones on the screen
            assertThat(item.locator(".body").innerText()).as("the message's lines")
                    .contains("Cán bộ cần thêm:\n- Bản sao giấy chứng sinh\n- Giấy tờ tùy thân");
            assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("no sideways scrolling at 360 px").isTrue();
            chromium.screenshot(page, "notification-inbox-360");

            page.getByTestId("open-" + id).click();
            page.waitForURL("**/me/dossiers");
            assertThat(badge(page)).isEqualTo(before - 1);
            assertThat(rows.isRead(id)).isTrue();

            page.getByTestId("nav-notifications").click();
            assertThat(page.getByTestId("notification-" + id)).hasAttribute("data-unread", "false");
            assertThat(page.getByTestId("read-" + id)).hasCount(0);

            page.getByTestId("preferences-link").click();
            assertThat(page.getByTestId("PASSWORD_CHANGED-EMAIL")).isDisabled();
            assertThat(page.getByTestId("DOSSIER_RECEIVED-EMAIL")).isEnabled();
            assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("no sideways scrolling at 360 px").isTrue();
            chromium.screenshot(page, "notification-preferences-360");
        }
    }

    /** The unread count in the header; 0 when the badge is hidden. */
    private static int badge(Page page) {
        Locator count = page.getByTestId("unread-count");
        return count.count() == 0 ? 0 : Integer.parseInt(count.textContent().strip());
    }
}
