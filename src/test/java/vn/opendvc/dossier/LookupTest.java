package vn.opendvc.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.opendvc.testing.ApplicationTest;
import vn.opendvc.testing.DossierFixture;
import vn.opendvc.testing.OnMondayMorning;

/** Anyone with the code and the last 4 digits of the applicant's phone sees the status, and nothing else. */
@ApplicationTest
@OnMondayMorning
class LookupTest {

    @Autowired
    DossierFixture fixture;
    @Autowired
    Dossiers dossiers;
    @Autowired
    MockMvc mvc;

    @Test
    void rightCodeAndDigitsShowTheStatusWrongDigitsNothing() {
        Dossier d = fixture.act("motcua1", fixture.submitted().id(), DossierAction.RECEIVE);
        assertThat(d.applicantPhone()).endsWith("3456");
        assertThat(dossiers.lookup(d.code(), "3456")).hasValueSatisfying(r -> {
            assertThat(r.code()).isEqualTo(d.code());
            assertThat(r.status()).isEqualTo(DossierStatus.RECEIVED);
            assertThat(r.dueAt()).isEqualTo(d.dueAt());
        });
        assertThat(dossiers.lookup(" " + d.code() + " ", "3456")).isPresent();
        assertThat(dossiers.lookup(d.code(), "3457")).isEmpty();
        assertThat(dossiers.lookup(d.code(), "")).isEmpty();
        assertThat(dossiers.lookup(d.code(), "456")).isEmpty();
        assertThat(dossiers.lookup(d.code() + "9", "3456")).isEmpty();
    }

    @Test
    void theApiAndThePageWorkWithoutLogin() throws Exception {
        Dossier d = fixture.submitted();
        MvcResult api = mvc.perform(get("/api/v1/lookup").param("code", d.code()).param("phoneLast4", "3456"))
                .andReturn();
        assertThat(api.getResponse().getStatus()).isEqualTo(200);
        assertThat(fixture.body(api).get("code").asString()).isEqualTo(d.code());
        assertThat(fixture.body(api).get("status").asInt()).isEqualTo(1);
        assertThat(api.getResponse().getContentAsString(StandardCharsets.UTF_8)).doesNotContain("Nguyễn Văn An");

        MvcResult wrong = mvc.perform(get("/api/v1/lookup").param("code", d.code()).param("phoneLast4", "0000"))
                .andReturn();
        assertThat(wrong.getResponse().getStatus()).isEqualTo(404);
        assertThat(wrong.getResponse().getContentType()).startsWith("application/problem+json");

        MvcResult page = mvc.perform(get("/lookup").param("code", d.code()).param("phoneLast4", "3456")).andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(page.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("lookup-result")
                .contains(d.code()).contains("Mới đăng ký");

        MvcResult wrongPage = mvc.perform(get("/lookup").param("code", d.code()).param("phoneLast4", "0000"))
                .andReturn();
        assertThat(wrongPage.getResponse().getStatus()).isEqualTo(200);
        assertThat(wrongPage.getResponse().getContentAsString(StandardCharsets.UTF_8)).doesNotContain("lookup-result");
    }
}
