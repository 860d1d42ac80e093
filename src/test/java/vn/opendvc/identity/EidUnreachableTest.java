package vn.opendvc.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** An e-ID provider that cannot be reached neither stops the portal from starting nor causes a 500. */
@SpringBootTest(properties = {"opendvc.demo=true", "opendvc.eid.issuer=http://127.0.0.1:9/khong-co",
        "opendvc.eid.client-id=opendvc", "opendvc.eid.client-secret=bi-mat"})
@AutoConfigureMockMvc
@Tag("persistence")
class EidUnreachableTest {

    @Autowired
    MockMvc mvc;

    @Test
    void loginStartsButFailsBackToTheLoginPage() throws Exception {
        MvcResult login = mvc.perform(get("/login")).andReturn();
        assertThat(login.getResponse().getContentAsString()).contains("/oauth2/authorization/eid");
        MvcResult start = mvc.perform(get("/oauth2/authorization/eid")).andReturn();
        assertThat(start.getResponse().getStatus()).isEqualTo(302);
        assertThat(start.getResponse().getRedirectedUrl()).isEqualTo("/login?eidError");
    }
}
