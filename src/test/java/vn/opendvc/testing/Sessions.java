package vn.opendvc.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** A signed-in browser session of a demo account (password {@code Demo@123}) for MockMvc page tests. */
public final class Sessions {

    public static MockHttpSession signIn(MockMvc mvc, String username) throws Exception {
        MvcResult result = mvc.perform(post("/login").with(csrf()).param("username", username)
                .param("password", "Demo@123")).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).as("login of %s", username).doesNotContain("error");
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private Sessions() {
    }
}
