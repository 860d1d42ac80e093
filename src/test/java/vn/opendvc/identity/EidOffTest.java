package vn.opendvc.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.opendvc.testing.ApplicationTest;

/** Without {@code opendvc.eid.issuer} the e-ID login does not exist: no button, no OAuth2 endpoints. */
@ApplicationTest
class EidOffTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    @Test
    void noClientRegistrationAndNoButton() throws Exception {
        assertThat(context.getBeanProvider(ClientRegistrationRepository.class).getIfAvailable()).isNull();
        MvcResult login = mvc.perform(get("/login")).andReturn();
        assertThat(login.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("oauth2/authorization").doesNotContain("data-testid=\"eid-login\"");
    }

    @Test
    void noOauth2Endpoints() throws Exception {
        MvcResult start = mvc.perform(get("/oauth2/authorization/eid")).andReturn();
        assertThat(start.getResponse().getStatus()).isEqualTo(404);
        assertThat(start.getResponse().getRedirectedUrl()).isNull();
        MvcResult callback = mvc.perform(get("/login/oauth2/code/eid").param("code", "x").param("state", "y"))
                .andReturn();
        assertThat(callback.getResponse().getStatus()).isEqualTo(404);
    }
}
