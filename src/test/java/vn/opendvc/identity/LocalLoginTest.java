package vn.opendvc.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.opendvc.testing.ApplicationTest;
import vn.opendvc.testing.MockMvcSessions;

/** Form login of local accounts (demo accounts), the login page, and who may see which pages. */
@ApplicationTest
class LocalLoginTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    FindByIndexNameSessionRepository<? extends Session> sessions;

    private static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpSession signIn(String username, String password) throws Exception {
        MvcResult result = mvc.perform(post("/login").with(csrf()).param("username", username)
                .param("password", password)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    @Test
    void loginPageIsVietnameseFirstAndEnglishWithLangEn() throws Exception {
        MvcResult vi = mvc.perform(get("/login")).andReturn();
        assertThat(vi.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(vi)).contains("Đăng nhập").contains("Mật khẩu").contains("name=\"_csrf\"")
                .contains("data-testid=\"nav-login\"");
        MvcResult en = mvc.perform(get("/login").param("lang", "en")).andReturn();
        assertThat(body(en)).contains("Sign in").contains("Password").doesNotContain("Mật khẩu");
    }

    @Test
    void demoCitizenSignsInWithFormLoginAndCsrf() throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user("congdan1").password("Demo@123")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
        // the signed-in account is kept in the session stored in the database, where every node finds it
        SecurityContext context = sessions.findById(MockMvcSessions.id(result))
                .getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        CurrentUser user = CurrentUser.from(context.getAuthentication()).orElseThrow();
        assertThat(user.username()).isEqualTo("congdan1");
        assertThat(user.kind()).isEqualTo(AccountKind.CITIZEN);
        assertThat(user.roles()).containsExactly(Role.CITIZEN);
        assertThat(user.personalId()).isEqualTo("048090001234");
    }

    @Test
    void signedInPagesShowTheDisplayNameAndTheProfile() throws Exception {
        MockHttpSession session = signIn("lanhdao1", "Demo@123");
        MvcResult me = mvc.perform(get("/me").session(session)).andReturn();
        assertThat(me.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(me)).contains("data-testid=\"nav-account\">Võ Văn Hùng</a>")
                .contains("DNG-HAICHAU").contains("Lãnh đạo").doesNotContain("{bcrypt}")
                .doesNotContain("data-testid=\"nav-login\"");
    }

    @Test
    void canSignInWithThePersonalIdNumberInsteadOfTheUsername() throws Exception {
        MockHttpSession session = signIn("048195004567", "Demo@123");
        assertThat(body(mvc.perform(get("/me").session(session)).andReturn())).contains("Trần Thị Bích Ngọc");
    }

    @Test
    void wrongPasswordIsRefused() throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user("congdan1").password("Sai@12345")).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(result.getRequest().getSession(false) == null || result.getRequest().getSession(false)
                .getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) == null).isTrue();
        MvcResult page = mvc.perform(get("/login").param("error", "")).andReturn();
        assertThat(body(page)).contains("Tên đăng nhập hoặc mật khẩu không đúng.");
    }

    @Test
    void unknownUserIsRefusedTheSameWay() throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user("khongtontai").password("Demo@123")).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
    }

    @Test
    void loginWithoutCsrfTokenIsForbidden() throws Exception {
        MvcResult result = mvc.perform(post("/login").param("username", "congdan1").param("password", "Demo@123"))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void profileNeedsLoginAndAdminPagesNeedAdmin() throws Exception {
        MvcResult anonymous = mvc.perform(get("/me")).andReturn();
        assertThat(anonymous.getResponse().getStatus()).isEqualTo(302);
        assertThat(anonymous.getResponse().getRedirectedUrl()).endsWith("/login");

        MvcResult citizenAtAdmin = mvc.perform(get("/admin/accounts").session(signIn("congdan1", "Demo@123")))
                .andReturn();
        assertThat(citizenAtAdmin.getResponse().getStatus()).isEqualTo(403);

        MvcResult adminAtAdmin = mvc.perform(get("/admin/accounts").session(signIn("quantri", "Demo@123")))
                .andReturn();
        assertThat(adminAtAdmin.getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void logoutIsAPostWithCsrf() throws Exception {
        MockHttpSession session = signIn("congdan2", "Demo@123");
        MvcResult result = mvc.perform(post("/logout").with(csrf()).session(session)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(mvc.perform(get("/me").session(session)).andReturn().getResponse().getStatus()).isEqualTo(302);
    }
}
