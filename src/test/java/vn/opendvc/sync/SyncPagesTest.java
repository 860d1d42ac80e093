package vn.opendvc.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;
import vn.opendvc.testing.ApplicationTest;
import vn.opendvc.testing.DossierFixture;
import vn.opendvc.testing.Sessions;

/**
 * The sync page: an administrator registers a source system and sees its key once; the key then reports; the page
 * shows the system's batches and its latest error; a monitor reads the page without the forms; a citizen may not.
 */
@ApplicationTest
class SyncPagesTest {

    private static final Pattern KEY = Pattern.compile("data-testid=\"issued-key\">(odvc_sync_[A-Za-z0-9_-]+)<");

    @Autowired
    MockMvc mvc;
    @Autowired
    DossierFixture fixture;
    @Autowired
    JsonMapper json;

    @Test
    void anAdministratorRegistersASystemWhoseKeyIsShownOnceAndReports() throws Exception {
        MockHttpSession admin = Sessions.signIn(mvc, "quantri");
        String name = "Một cửa trang " + System.nanoTime();
        var registered = mvc.perform(post("/monitor/sync/systems").session(admin).with(csrf()).param("name", name)
                .param("agencies", DossierFixture.HAI_CHAU)).andReturn();
        assertThat(registered.getResponse().getRedirectedUrl()).isEqualTo("/monitor/sync");
        // the redirect's flash attributes live in the session until the next page shows them
        String shown = mvc.perform(get("/monitor/sync").session(admin))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher key = KEY.matcher(shown);
        assertThat(key.find()).as("the key, once").isTrue();

        SyncClient client = new SyncClient(mvc, fixture, json);
        client.accepted(key.group(1), SyncClient.record("H40-PAGE-" + System.nanoTime(), 2, Map.of()),
                SyncClient.record("H40-PAGE-" + System.nanoTime(), 2, Map.of("MaTTHC", "9.999999")));

        String page = mvc.perform(get("/monitor/sync").session(admin)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(name).doesNotContain(key.group(1)).contains(key.group(1).substring(0, 12) + "…")
                .contains("MaTTHC — Không có thủ tục mã 9.999999").contains("data-testid=\"register\"");

        String asMonitor = mvc.perform(get("/monitor/sync").session(Sessions.signIn(mvc, "giamsat"))).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(asMonitor).contains(name).doesNotContain("data-testid=\"register\"");
        assertThat(mvc.perform(post("/monitor/sync/systems").session(Sessions.signIn(mvc, "giamsat")).with(csrf())
                .param("name", "x").param("agencies", DossierFixture.HAI_CHAU)).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/monitor/sync").session(Sessions.signIn(mvc, "congdan1"))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void aBadRegistrationIsToldOnThePage() throws Exception {
        MockHttpSession admin = Sessions.signIn(mvc, "quantri");
        var refused = mvc.perform(post("/monitor/sync/systems").session(admin).with(csrf()).param("name", "Hệ thống X")
                .param("agencies", "KHONG-CO")).andReturn();
        String page = mvc.perform(get("/monitor/sync").session(admin)).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("data-testid=\"problem\"").contains("KHONG-CO").doesNotContain("issued-key");
    }
}
