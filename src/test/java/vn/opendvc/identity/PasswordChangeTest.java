package vn.opendvc.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.opendvc.identity.internal.AccountRegistry;
import vn.opendvc.identity.internal.AccountUser;
import vn.opendvc.identity.internal.CitizenRegistration;
import vn.opendvc.identity.internal.EidIdentity;
import vn.opendvc.identity.security.ApiTokens;
import vn.opendvc.testing.ApplicationTest;

/** A signed-in account changes its password: on the page {@code /me/password} and with {@code POST /api/v1/me/password}. */
@ApplicationTest
@RecordApplicationEvents
class PasswordChangeTest {

    static final String OLD = "MatKhau2025";
    static final String NEW = "DoiMatKhau2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    AccountRegistry registry;
    @Autowired
    ApiTokens tokens;
    @Autowired
    ApplicationEvents events;

    private CurrentUser citizen(String username) {
        return registry.register(new CitizenRegistration(username, OLD, "Lê Thị Hoa", Fresh.personalId(),
                "1990-05-12", "0905123456", null)).orElseThrow();
    }

    /** A page session from a form login, or {@code null} when the login is refused. */
    private MockHttpSession signIn(String username, String password) throws Exception {
        MvcResult result = mvc.perform(post("/login").with(csrf()).param("username", username)
                .param("password", password)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        if (result.getResponse().getRedirectedUrl().contains("error")) {
            return null;
        }
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private MvcResult requestToken(String username, String password) throws Exception {
        return mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")).andReturn();
    }

    private String token(String username, String password) throws Exception {
        MvcResult result = requestToken(username, password);
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return json(result).get("access_token").asString();
    }

    private int me(String token) throws Exception {
        return mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andReturn().getResponse()
                .getStatus();
    }

    private static MockHttpServletRequestBuilder changeOnPage(MockHttpSession session, String current, String next,
            String confirm) {
        return post("/me/password").with(csrf()).session(session).param("currentPassword", current)
                .param("newPassword", next).param("newPasswordConfirm", confirm);
    }

    private MvcResult changeByApi(String token, String body) throws Exception {
        return mvc.perform(post("/api/v1/me/password").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn();
    }

    private JsonNode json(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private List<PasswordChanged> changes() {
        return events.stream(PasswordChanged.class).toList();
    }

    @Test
    void profileLinksToThePageWhichAsksForTheCurrentAndTheNewPasswordInBothLanguages() throws Exception {
        String username = Fresh.username("mk");
        citizen(username);
        MockHttpSession session = signIn(username, OLD);
        assertThat(body(mvc.perform(get("/me").session(session)).andReturn()))
                .contains("data-testid=\"change-password\"").contains("href=\"/me/password\"");
        MvcResult vi = mvc.perform(get("/me/password").session(session)).andReturn();
        assertThat(vi.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(vi)).contains("Mật khẩu hiện tại").contains("Nhập lại mật khẩu mới")
                .contains("name=\"_csrf\"").contains("autocomplete=\"current-password\"");
        MvcResult en = mvc.perform(get("/me/password").param("lang", "en").session(session)).andReturn();
        assertThat(body(en)).contains("Current password").contains("Repeat the new password")
                .doesNotContain("Mật khẩu hiện tại");
        assertThat(mvc.perform(get("/me/password")).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void wrongCurrentPasswordIsRefusedNextToItAndTheOldPasswordStillWorks() throws Exception {
        String username = Fresh.username("mk");
        citizen(username);
        MockHttpSession session = signIn(username, OLD);
        MvcResult result = mvc.perform(changeOnPage(session, "SaiMatKhau99", NEW, NEW)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(result)).contains("data-testid=\"error-currentPassword\"")
                .contains("Mật khẩu hiện tại không đúng.").doesNotContain("error-newPassword")
                .doesNotContain("SaiMatKhau99").doesNotContain(NEW);
        assertThat(signIn(username, OLD)).isNotNull();
        assertThat(signIn(username, NEW)).isNull();
        assertThat(changes()).isEmpty();
    }

    @Test
    void weakSameOrMistypedNewPasswordsAreRefusedNextToTheirFields() throws Exception {
        String username = Fresh.username("mk");
        citizen(username);
        MockHttpSession session = signIn(username, OLD);
        MvcResult weak = mvc.perform(changeOnPage(session, OLD, "chikhongso", "chikhongso")).andReturn();
        assertThat(weak.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(weak)).contains("data-testid=\"error-newPassword\"")
                .contains("Mật khẩu phải dài từ 8 đến 64 ký tự, gồm cả chữ và số.")
                .doesNotContain("error-currentPassword");
        assertThat(body(mvc.perform(changeOnPage(session, OLD, OLD, OLD)).andReturn()))
                .contains("Mật khẩu mới phải khác mật khẩu hiện tại.");
        assertThat(body(mvc.perform(changeOnPage(session, OLD, NEW, NEW + "x")).andReturn()))
                .contains("data-testid=\"error-newPasswordConfirm\"").contains("Hai lần nhập mật khẩu không khớp.");
        assertThat(signIn(username, OLD)).isNotNull();
        assertThat(changes()).isEmpty();
    }

    @Test
    void changeOnThePageKeepsThisSessionEndsTheOthersAndOnlyTheNewPasswordSignsIn() throws Exception {
        String username = Fresh.username("mk");
        CurrentUser account = citizen(username);
        MockHttpSession session = signIn(username, OLD);
        MockHttpSession other = signIn(username, OLD);
        String oldToken = token(username, OLD);

        MvcResult result = mvc.perform(changeOnPage(session, OLD, NEW, NEW)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/me");

        MvcResult profile = mvc.perform(get("/me").session(session).flashAttrs(result.getFlashMap())).andReturn();
        assertThat(profile.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(profile)).contains("data-testid=\"message\"").contains("Đã đổi mật khẩu");
        assertThat(mvc.perform(get("/me").session(other)).andReturn().getResponse().getRedirectedUrl())
                .endsWith("/login");
        assertThat(me(oldToken)).isEqualTo(401);

        assertThat(signIn(username, OLD)).isNull();
        assertThat(signIn(username, NEW)).isNotNull();
        assertThat(requestToken(username, OLD).getResponse().getStatus()).isEqualTo(401);
        // asked for within the same second as the change, and still accepted
        assertThat(me(token(username, NEW))).isEqualTo(200);

        assertThat(changes()).hasSize(1).first().extracting(PasswordChanged::accountId)
                .isEqualTo(account.accountId());
        assertThat(changes().getFirst().toString()).doesNotContain(OLD).doesNotContain(NEW).doesNotContain(username);
    }

    @Test
    void apiChangesThePasswordWith204AndRevokesEveryTokenIssuedBefore() throws Exception {
        String username = Fresh.username("mk");
        citizen(username);
        String token = token(username, OLD);

        MvcResult wrong = changeByApi(token, "{\"currentPassword\":\"SaiMatKhau99\",\"newPassword\":\"ngan\"}");
        assertThat(wrong.getResponse().getStatus()).isEqualTo(400);
        assertThat(wrong.getResponse().getContentType()).startsWith("application/problem+json");
        JsonNode problem = json(wrong);
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("errors").get("currentPassword").asString()).isEqualTo("Mật khẩu hiện tại không đúng.");
        assertThat(problem.get("errors").get("newPassword").asString()).startsWith("Mật khẩu phải dài");
        assertThat(me(token)).isEqualTo(200);
        assertThat(changes()).isEmpty();

        MvcResult changed = changeByApi(token,
                "{\"currentPassword\":\"" + OLD + "\",\"newPassword\":\"" + NEW + "\"}");
        assertThat(changed.getResponse().getStatus()).isEqualTo(204);
        assertThat(me(token)).isEqualTo(401);
        assertThat(requestToken(username, OLD).getResponse().getStatus()).isEqualTo(401);
        assertThat(me(token(username, NEW))).isEqualTo(200);
        assertThat(changes()).hasSize(1);
    }

    @Test
    void malformedOrIncompleteApiRequestsAre400Problems() throws Exception {
        String username = Fresh.username("mk");
        citizen(username);
        String token = token(username, OLD);
        for (String body : new String[] {"{not json", "", "[]", "\"x\"", "null", "{}",
                "{\"currentPassword\":\"" + OLD + "\"}", "{\"newPassword\":\"" + NEW + "\"}",
                "{\"currentPassword\":{},\"newPassword\":\"" + NEW + "\"}",
                "{\"currentPassword\":\"" + "x".repeat(100_000) + "\",\"newPassword\":\"" + NEW + "\"}"}) {
            MvcResult result = changeByApi(token, body);
            assertThat(result.getResponse().getStatus()).as(body).isEqualTo(400);
            assertThat(result.getResponse().getContentType()).as(body).startsWith("application/problem+json");
        }
        MvcResult missing = changeByApi(token, "{\"currentPassword\":\"" + OLD + "\"}");
        assertThat(json(missing).get("errors").get("newPassword").asString()).isEqualTo("Vui lòng nhập thông tin này.");
        assertThat(changeByApi("", "{}").getResponse().getStatus()).isEqualTo(401);
        // in the OpenAPI document, so MalformedRequestsTest fuzzes it too
        assertThat(body(mvc.perform(get("/v3/api-docs")).andReturn())).contains("\"/api/v1/me/password\"");
        assertThat(signIn(username, OLD)).isNotNull();
        assertThat(changes()).isEmpty();
    }

    @Test
    void anAccountOfTheEidAloneHasNoPasswordToChange() throws Exception {
        String personalId = Fresh.personalId();
        CurrentUser eidOnly = registry.signInWithEid(new EidIdentity(personalId, "Trần Văn Bình", null, null, null));
        var signedIn = authentication(UsernamePasswordAuthenticationToken.authenticated(eidOnly, null,
                AccountUser.authorities(eidOnly)));

        assertThat(body(mvc.perform(get("/me").with(signedIn)).andReturn())).doesNotContain("change-password");
        MvcResult page = mvc.perform(get("/me/password").with(signedIn)).andReturn();
        assertThat(body(page)).contains("data-testid=\"no-password\"").doesNotContain("password-form");
        MvcResult post = mvc.perform(post("/me/password").with(signedIn).with(csrf())
                .param("currentPassword", "").param("newPassword", NEW).param("newPasswordConfirm", NEW)).andReturn();
        assertThat(post.getResponse().getStatus()).isEqualTo(409);
        assertThat(body(post)).contains("không có mật khẩu trên Cổng");

        MvcResult api = changeByApi(tokens.issue(eidOnly).value(),
                "{\"currentPassword\":\"x\",\"newPassword\":\"" + NEW + "\"}");
        assertThat(api.getResponse().getStatus()).isEqualTo(409);
        assertThat(json(api).get("type").asString()).isEqualTo("urn:opendvc:problem:no-local-password");
        assertThat(changes()).isEmpty();
    }
}
