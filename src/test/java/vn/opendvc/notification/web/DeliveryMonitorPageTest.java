package vn.opendvc.notification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.opendvc.testing.ApplicationTest;
import vn.opendvc.testing.Sessions;

/**
 * MONITOR and ADMIN see how the messages went and which failed, with the address masked; only ADMIN sends a
 * given-up message again, which puts it back at the start of the queue.
 */
@ApplicationTest
class DeliveryMonitorPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aCitizenMayNotSeeTheDeliveries() throws Exception {
        assertThat(mvc.perform(get(DeliveryMonitorPage.PATH).session(Sessions.signIn(mvc, "congdan1"))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void theMonitorSeesTheFailuresMaskedButMayNotSendThemAgain() throws Exception {
        NotificationRows rows = new NotificationRows(jdbc);
        long id = rows.failedEmail("nguyenthiloan@example.vn", "550 mailbox unavailable");
        MockHttpSession monitor = Sessions.signIn(mvc, "giamsat");

        String page = page(monitor);
        assertThat(page).contains("Theo dõi gửi thông báo").contains("data-testid=\"count-permanent-failure\"");
        String row = row(page, id);
        assertThat(row).contains("Hồ sơ đã nộp").contains("Thư điện tử").contains("Gửi không thành công")
                .contains("550 mailbox unavailable").doesNotContain("nguyenthiloan@example.vn")
                .doesNotContain("resend-" + id);
        assertThat(page).doesNotContain(" style=");

        assertThat(mvc.perform(post(DeliveryMonitorPage.PATH + "/{id}/resend", id).session(monitor).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(rows.status(id)).isEqualTo("permanent-failure");
    }

    @Test
    void theAdministratorSendsAGivenUpMessageAgain() throws Exception {
        NotificationRows rows = new NotificationRows(jdbc);
        long id = rows.failedEmail("tranvanbinh@example.vn", "550 mailbox unavailable");
        MockHttpSession admin = Sessions.signIn(mvc, "quantri");
        assertThat(row(page(admin), id)).contains("data-testid=\"resend-" + id + "\"");

        MvcResult resent = mvc.perform(post(DeliveryMonitorPage.PATH + "/{id}/resend", id).session(admin)
                .with(csrf())).andReturn();
        assertThat(resent.getResponse().getRedirectedUrl()).isEqualTo(DeliveryMonitorPage.PATH);
        assertThat(resent.getFlashMap().get("resent")).isEqualTo(id);
        // e-mail is off in this context: nothing sends it before the assertion
        assertThat(rows.status(id)).isEqualTo("created");
        assertThat(rows.attempts(id)).isZero();
        assertThat(html(get(DeliveryMonitorPage.PATH).flashAttr("resent", id), admin))
                .contains("Thông báo số " + id + " sẽ được gửi lại.");

        MvcResult again = mvc.perform(post(DeliveryMonitorPage.PATH + "/{id}/resend", id).session(admin)
                .with(csrf())).andReturn();
        assertThat(again.getFlashMap().get("notResent")).isEqualTo(id);
        assertThat(html(get(DeliveryMonitorPage.PATH).flashAttr("notResent", id), admin))
                .contains("không ở trạng thái gửi không thành công");
    }

    private String page(MockHttpSession session) throws Exception {
        return html(get(DeliveryMonitorPage.PATH), session);
    }

    private String html(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            MockHttpSession session) throws Exception {
        MvcResult result = mvc.perform(request.session(session)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String row(String page, long id) {
        int at = page.indexOf("data-testid=\"failure-" + id + "\"");
        assertThat(at).as("the row of failure %d", id).isNotNegative();
        return page.substring(at, page.indexOf("</tr>", at));
    }
}
