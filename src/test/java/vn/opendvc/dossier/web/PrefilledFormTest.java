package vn.opendvc.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.opendvc.catalog.ProcedureCatalog;
import vn.opendvc.dossier.Dossiers;
import vn.opendvc.identity.Accounts;
import vn.opendvc.prefill.Prefill;
import vn.opendvc.testing.ApplicationTest;
import vn.opendvc.testing.Sessions;

/** "Declared once, never asked again": the new-dossier form arrives filled, verified values cannot be changed. */
@ApplicationTest
class PrefilledFormTest {

    /** Temporary residence registration: the applicant is the citizen themself. */
    static final String TEMPORARY_RESIDENCE = "1.004194";

    @Autowired
    MockMvc mvc;
    @Autowired
    ProcedureCatalog catalog;
    @Autowired
    Dossiers dossiers;
    @Autowired
    Accounts accounts;
    @Autowired
    Prefill prefill;

    private MockHttpSession signIn(String username) throws Exception {
        return Sessions.signIn(mvc, username);
    }

    @Test
    void theFormComesFilledFromTheProfileAndWithConsentFromTheNationalDatabase() throws Exception {
        long procedure = catalog.findByCode(TEMPORARY_RESIDENCE).orElseThrow().id();
        MockHttpSession citizen = signIn("congdan1");
        int logBefore = prefill.accessLog(accounts.findByUsername("congdan1").orElseThrow()).size();

        String plain = mvc.perform(get("/me/dossiers/new").param("procedure", String.valueOf(procedure))
                .session(citizen)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(plain).contains("value=\"048090001234\"").contains("Nguyễn Văn An")
                .contains("data-testid=\"prefill-consent\"");

        String consented = mvc.perform(get("/me/dossiers/new").param("procedure", String.valueOf(procedure))
                .param("consent", "true").session(citizen)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(consented).contains("readonly").contains("Đã xác thực từ CSDL quốc gia về dân cư")
                .doesNotContain("data-testid=\"prefill-consent\"");
        assertThat(prefill.accessLog(accounts.findByUsername("congdan1").orElseThrow())).hasSizeGreaterThan(logBefore);
    }

    @Test
    void aSelfDeclaredIdNumberGetsItsOwnProfileAndIsToldHowToGetVerified() throws Exception {
        long procedure = catalog.findByCode(TEMPORARY_RESIDENCE).orElseThrow().id();
        MockHttpSession citizen = signIn("congdan2");
        String consented = mvc.perform(get("/me/dossiers/new").param("procedure", String.valueOf(procedure))
                .param("consent", "true").session(citizen)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(consented).contains("data-testid=\"prefill-notice\"").contains("VNeID")
                .doesNotContain("Đã xác thực từ CSDL quốc gia về dân cư");
    }

    @Test
    void aVerifiedValueCannotBeChangedByEditingTheRequest() throws Exception {
        long procedure = catalog.findByCode(TEMPORARY_RESIDENCE).orElseThrow().id();
        MockHttpSession citizen = signIn("congdan1");
        MvcResult saved = mvc.perform(post("/me/dossiers").session(citizen).with(csrf())
                .param("procedureId", String.valueOf(procedure)).param("agencyCode", "DNG-HAICHAU")
                .param("consent", "true").param("f.soDinhDanhNguoiYeuCau", "001099000001")
                .param("f.hoTenNguoiYeuCau", "Người Khác")).andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).startsWith("/me/dossiers/");
        long id = Long.parseLong(saved.getResponse().getRedirectedUrl().substring("/me/dossiers/".length()));
        var dossier = dossiers.find(accounts.findByUsername("congdan1").orElseThrow(), id).orElseThrow();
        assertThat(dossier.formData()).containsEntry("soDinhDanhNguoiYeuCau", "048090001234");
        assertThat(dossier.formData().get("hoTenNguoiYeuCau")).isEqualTo("Nguyễn Văn An");
    }
}
