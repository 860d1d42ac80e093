package vn.opendvc.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.opendvc.testing.ApplicationTest;

/** Oversized or odd input is refused with a 4xx (or a login error), never a 500. */
@ApplicationTest
class BadInputTest {

    private static final String LONG_PASSWORD = "Aa1".repeat(40) + "ưư";
    private static final String HUGE = "x".repeat(5000);

    @Autowired
    MockMvc mvc;

    @Test
    void overlongPasswordAtRegistrationIsAFieldError() throws Exception {
        String username = Fresh.username("cd");
        MvcResult result = mvc.perform(post("/register/citizen").with(csrf())
                .param("fullName", "Lê Văn Tám").param("personalId", Fresh.personalId())
                .param("dateOfBirth", "1990-01-01").param("phone", "0905765432")
                .param("username", username).param("password", LONG_PASSWORD)
                .param("passwordConfirm", LONG_PASSWORD)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("data-testid=\"error-password\"");
    }

    @Test
    void hugeFieldsAtRegistrationAreFieldErrors() throws Exception {
        MvcResult result = mvc.perform(post("/register/business").with(csrf())
                .param("businessName", HUGE).param("taxCode", HUGE).param("phone", HUGE).param("email", HUGE + "@x.vn")
                .param("username", HUGE).param("password", HUGE).param("passwordConfirm", HUGE)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void overlongPasswordAtLoginIsJustAWrongPassword() throws Exception {
        MvcResult form = mvc.perform(post("/login").with(csrf()).param("username", "congdan1")
                .param("password", LONG_PASSWORD)).andReturn();
        assertThat(form.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        MvcResult token = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"congdan1\",\"password\":\"" + LONG_PASSWORD + "\"}")).andReturn();
        assertThat(token.getResponse().getStatus()).isEqualTo(401);
        MvcResult hugeUser = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + HUGE + "\",\"password\":\"" + HUGE + "\"}")).andReturn();
        assertThat(hugeUser.getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void tokenEndpointRefusesOtherContentTypes() throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("username", "congdan1").param("password", "Demo@123")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(415);
    }
}
