package vn.opendvc.notification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.DossierAction;
import vn.opendvc.notification.internal.Inbox;
import vn.opendvc.testing.ApplicationTest;
import vn.opendvc.testing.DossierFixture;
import vn.opendvc.testing.MovableClock;
import vn.opendvc.testing.Sessions;

/**
 * The bell in the header counts the unread in-portal messages on every page; the inbox reads them one by one or all
 * at once, opens what a message is about only inside the portal, and never touches another account's messages.
 */
@ApplicationTest
class InboxPagesTest {

    private static final Pattern UNREAD = Pattern.compile("data-testid=\"unread-count\"[^>]*>(\\d+)<");
    private static final String BASE = ApplicationTest.PUBLIC_URL.replaceAll("/$", "");

    @Autowired
    MockMvc mvc;
    @Autowired
    DossierFixture fixture;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Inbox inbox;

    @Test
    void theHeaderCountsTheUnreadMessagesOnAnyPageAndReadingOneLowersIt() throws Exception {
        long citizen = fixture.user("congdan1").accountId();
        Dossier dossier = fixture.submitted("congdan1");
        fixture.act("motcua1", dossier.id(), DossierAction.RECEIVE);
        List<Long> told = awaitInApp(citizen, dossier, 2);
        MockHttpSession session = Sessions.signIn(mvc, "congdan1");

        long unread = inbox.unread(citizen);
        assertThat(unread).isGreaterThanOrEqualTo(2);
        assertThat(headerCount(html(get("/procedures"), session))).isEqualTo(unread);

        MvcResult read = mvc.perform(post("/me/notifications/{id}/read", told.getFirst()).param("page", "1")
                .session(session).with(csrf())).andReturn();
        assertThat(read.getResponse().getRedirectedUrl()).isEqualTo("/me/notifications?page=1");
        assertThat(new NotificationRows(jdbc).isRead(told.getFirst())).isTrue();
        assertThat(headerCount(html(get("/procedures"), session))).isEqualTo(unread - 1);
        assertThat(headerCount(html(get("/me/dossiers/" + dossier.id()), session))).isEqualTo(unread - 1);

        mvc.perform(post("/me/notifications/read").session(session).with(csrf()));
        assertThat(inbox.unread(citizen)).isZero();
        assertThat(html(get("/procedures"), session)).contains("data-testid=\"nav-notifications\"")
                .doesNotContain("data-testid=\"unread-count\"");
    }

    @Test
    void theInboxShowsEachMessageWithItsLinesItsTimeInVietnamAndWhetherItIsRead() throws Exception {
        NotificationRows rows = new NotificationRows(jdbc);
        long id = rows.inApp(rows.accountId("congdan1"), "Hồ sơ DNG-TEST đã được tiếp nhận",
                "Dòng thứ nhất\nNgày hẹn trả: 25/11/2026", BASE + "/me/dossiers");
        Instant at = jdbc.sql("select created_at from notification where id = ?").param(id)
                .query(Timestamp.class).single().toInstant();
        String page = html(get("/me/notifications"), Sessions.signIn(mvc, "congdan1"));

        String item = page.substring(page.indexOf("data-testid=\"notification-" + id + "\""));
        item = item.substring(0, item.indexOf("</li>"));
        assertThat(item).contains("data-unread=\"true\"").contains("Chưa đọc").contains("Hồ sơ DNG-TEST đã được tiếp nhận")
                .contains("Dòng thứ nhất\nNgày hẹn trả: 25/11/2026")
                .contains(DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
                        .format(at.atZone(MovableClock.VIETNAM)))
                .contains("Đánh dấu đã đọc").contains("data-testid=\"open-" + id + "\"");
        assertThat(page).contains("Đánh dấu tất cả đã đọc").contains("href=\"/me/notifications/preferences\"")
                .doesNotContain(" style=").doesNotContain("<script>");
    }

    @Test
    void anAccountWithoutMessagesIsToldSo() throws Exception {
        String page = html(get("/me/notifications"), Sessions.signIn(mvc, "giamsat"));
        assertThat(page).contains("data-testid=\"inbox-empty\"").contains("Bạn chưa có thông báo nào");
    }

    @Test
    void anotherAccountsMessageIsNotFoundAndStaysUnread() throws Exception {
        NotificationRows rows = new NotificationRows(jdbc);
        long id = rows.inApp(rows.accountId("congdan1"), "Riêng của congdan1", "…", BASE + "/me/dossiers");
        MockHttpSession other = Sessions.signIn(mvc, "congdan2");

        assertThat(mvc.perform(post("/me/notifications/{id}/read", id).session(other).with(csrf())).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(post("/me/notifications/{id}/open", id).session(other).with(csrf())).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
        assertThat(html(get("/me/notifications"), other)).doesNotContain("Riêng của congdan1");
        assertThat(rows.isRead(id)).isFalse();
    }

    @Test
    void openingGoesToThePortalsOwnPathOnlyAndMarksTheMessageRead() throws Exception {
        NotificationRows rows = new NotificationRows(jdbc);
        long citizen = rows.accountId("congdan1");
        MockHttpSession session = Sessions.signIn(mvc, "congdan1");

        long own = rows.inApp(citizen, "Của cổng", "…", BASE + "/me/dossiers/42?tab=files#history");
        assertThat(open(own, session)).isEqualTo("/me/dossiers/42?tab=files#history");
        assertThat(rows.isRead(own)).isTrue();

        for (String foreign : List.of("https://evil.example/me/dossiers/42", BASE + ".evil.example/me/dossiers",
                BASE + "//evil.example/x", BASE + "/\\evil.example", "http://dvc.example.vn/me/dossiers",
                BASE + "/{x}")) {
            long id = rows.inApp(citizen, "Liên kết lạ", "…", foreign);
            assertThat(open(id, session)).as(foreign).isEqualTo("/me/notifications");
            assertThat(rows.isRead(id)).isTrue();
        }
        long none = rows.inApp(citizen, "Không liên kết", "…", null);
        assertThat(open(none, session)).isEqualTo("/me/notifications");
    }

    private String open(long id, MockHttpSession session) throws Exception {
        MvcResult result = mvc.perform(post("/me/notifications/{id}/open", id).session(session).with(csrf()))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        return result.getResponse().getRedirectedUrl();
    }

    /** The listeners write after the dossier's transaction committed, on another thread. */
    private List<Long> awaitInApp(long accountId, Dossier dossier, int count) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                select id from notification where recipient_id = ? and channel = 'IN_APP' and link like ?
                order by id""").params(accountId, "%/me/dossiers/" + dossier.id()).query(Long.class).list(),
                ids -> ids.size() >= count);
    }

    private String html(MockHttpServletRequestBuilder request, MockHttpSession session) throws Exception {
        MvcResult result = mvc.perform(request.session(session)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static long headerCount(String html) {
        Matcher count = UNREAD.matcher(html);
        assertThat(count.find()).as("the unread count in the header").isTrue();
        return Long.parseLong(count.group(1));
    }
}
