package vn.opendvc.notification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.opendvc.notification.internal.NotificationChannel;
import vn.opendvc.notification.internal.NotificationKind;
import vn.opendvc.notification.internal.Preferences;
import vn.opendvc.testing.ApplicationTest;

/**
 * Each account ticks the channels per kind of message that concerns it and the language of its messages, an officer
 * also the hour of the digest; security messages cannot be switched off, and a wrong or forged form saves nothing.
 */
@ApplicationTest
class PreferencesPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Preferences preferences;

    /** The database is shared by every test class: the accounts get their defaults back. */
    @AfterEach
    void defaultsBack() {
        for (String username : new String[] {"congdan2", "motcua1"}) {
            long id = new NotificationRows(jdbc).accountId(username);
            jdbc.sql("delete from notification_preference where account_id = ?").param(id).update();
            jdbc.sql("delete from notification_setting where account_id = ?").param(id).update();
        }
    }

    @Test
    void aCitizenChoosesChannelsAndLanguageButCannotSwitchOffSecurityMessages() throws Exception {
        MockHttpSession session = signIn("congdan2");
        long citizen = new NotificationRows(jdbc).accountId("congdan2");
        String form = html(get(PreferencesPage.PATH), session, 200);
        assertThat(form).contains("Hồ sơ được tiếp nhận").contains("data-testid=\"DOSSIER_RECEIVED-EMAIL\"")
                .contains("Thư điện tử").contains("Tiếng Việt").contains("English")
                .doesNotContain("NEW_IN_INBOX").doesNotContain("name=\"digestHour\"")
                .contains("không thể tắt").doesNotContain(" style=");
        assertThat(tag(form, "PASSWORD_CHANGED-EMAIL")).contains("disabled").contains("checked");

        MvcResult saved = mvc.perform(post(PreferencesPage.PATH).session(session).with(csrf())
                .param("kind.DOSSIER_RECEIVED", "IN_APP").param("kind.RESULT_READY", "SMS", "IN_APP")
                .param("language", "en")).andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(PreferencesPage.PATH);
        assertThat(preferences.channels(citizen, NotificationKind.DOSSIER_RECEIVED))
                .containsExactly(NotificationChannel.IN_APP);
        assertThat(preferences.channels(citizen, NotificationKind.RESULT_READY))
                .containsExactlyInAnyOrder(NotificationChannel.SMS, NotificationChannel.IN_APP);
        assertThat(preferences.channels(citizen, NotificationKind.DOSSIER_SUBMITTED)).as("a row left unticked").isEmpty();
        assertThat(preferences.channels(citizen, NotificationKind.PASSWORD_CHANGED))
                .isEqualTo(NotificationKind.PASSWORD_CHANGED.defaults());
        assertThat(preferences.setting(citizen).language()).isEqualTo("en");

        String after = html(get(PreferencesPage.PATH).flashAttr("saved", true), session, 200);
        assertThat(after).contains("Đã lưu.");
        assertThat(tag(after, "DOSSIER_RECEIVED-IN_APP")).contains("checked");
        assertThat(tag(after, "DOSSIER_RECEIVED-EMAIL")).doesNotContain("checked");
    }

    @Test
    void anOfficerChoosesTheDigestHourAndAnHourOutOfRangeSavesNothing() throws Exception {
        MockHttpSession session = signIn("motcua1");
        long officer = new NotificationRows(jdbc).accountId("motcua1");
        int hour = preferences.setting(officer).digestHour();
        String form = html(get(PreferencesPage.PATH), session, 200);
        assertThat(form).contains("name=\"digestHour\"").contains("Hồ sơ mới cần xử lý")
                .doesNotContain("DOSSIER_RECEIVED-EMAIL");

        String refused = html(post(PreferencesPage.PATH).with(csrf()).param("kind.NEW_IN_INBOX", "IN_APP")
                .param("language", "vi").param("digestHour", "24"), session, 400);
        assertThat(refused).contains("data-testid=\"error-digestHour\"")
                .contains("Giờ nhận bản tổng hợp phải là một giờ từ 0 đến 23.")
                .contains("Chưa lưu");
        assertThat(preferences.channels(officer, NotificationKind.NEW_IN_INBOX))
                .isEqualTo(NotificationKind.NEW_IN_INBOX.defaults());
        assertThat(preferences.setting(officer).digestHour()).isEqualTo(hour);

        mvc.perform(post(PreferencesPage.PATH).session(session).with(csrf()).param("kind.NEW_IN_INBOX", "IN_APP")
                .param("language", "vi").param("digestHour", "6"));
        assertThat(preferences.setting(officer).digestHour()).isEqualTo(6);
        assertThat(preferences.channels(officer, NotificationKind.NEW_IN_INBOX))
                .isEqualTo(Set.of(NotificationChannel.IN_APP));
    }

    @Test
    void aForgedKindChannelOrLanguageIsRefusedNextToItsField() throws Exception {
        MockHttpSession session = signIn("congdan2");
        long citizen = new NotificationRows(jdbc).accountId("congdan2");

        assertThat(html(post(PreferencesPage.PATH).with(csrf()).param("kind.NO_SUCH_KIND", "EMAIL")
                .param("kind.DOSSIER_RECEIVED", "IN_APP").param("language", "vi"), session, 400))
                .contains("data-testid=\"error-kinds\"");
        assertThat(html(post(PreferencesPage.PATH).with(csrf()).param("kind.NEW_IN_INBOX", "EMAIL")
                .param("language", "vi"), session, 400)).as("an officer's kind").contains("data-testid=\"error-kinds\"");
        assertThat(html(post(PreferencesPage.PATH).with(csrf()).param("kind.DOSSIER_RECEIVED", "FAX")
                .param("language", "vi"), session, 400))
                .contains("data-testid=\"error-kind-DOSSIER_RECEIVED\"").contains("Kênh nhận chỉ có thể là");
        assertThat(html(post(PreferencesPage.PATH).with(csrf()).param("kind.DOSSIER_RECEIVED", "IN_APP")
                .param("language", "fr"), session, 400))
                .contains("data-testid=\"error-language\"").contains("Hãy chọn Tiếng Việt hoặc English.");

        assertThat(preferences.channels(citizen, NotificationKind.DOSSIER_RECEIVED))
                .isEqualTo(NotificationKind.DOSSIER_RECEIVED.defaults());
        assertThat(preferences.setting(citizen).language()).isEqualTo("vi");
    }

    @Test
    void thePageIsInEnglishWhenAsked() throws Exception {
        String form = html(get(PreferencesPage.PATH).param("lang", "en"), signIn("congdan2"), 200);
        assertThat(form).contains("How I am notified").contains("Security notifications are always sent");
    }

    private MockHttpSession signIn(String username) throws Exception {
        return vn.opendvc.testing.Sessions.signIn(mvc, username);
    }

    private String html(MockHttpServletRequestBuilder request, MockHttpSession session, int status) throws Exception {
        MvcResult result = mvc.perform(request.session(session)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(status);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The checkbox of one kind and channel, as written. */
    private static String tag(String html, String testId) {
        int at = html.indexOf("data-testid=\"" + testId + "\"");
        assertThat(at).as(testId).isNotNegative();
        return html.substring(html.lastIndexOf("<input", at), html.indexOf(">", at));
    }
}
