package vn.opendvc.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import vn.opendvc.catalog.CheckRule;
import vn.opendvc.catalog.Procedure;
import vn.opendvc.catalog.ProcedureCatalog;
import vn.opendvc.catalog.ProcedureChecks;
import vn.opendvc.testing.ApplicationTest;
import vn.opendvc.testing.Sessions;

/**
 * An ADMIN edits the birth registration's pre-submission rules on a page: sees them in words, adds one, is told next to
 * the form what the catalog refuses (nothing saved), deletes one; nobody else may.
 */
@ApplicationTest
class CheckRulePageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ProcedureCatalog catalog;
    @Autowired
    ProcedureChecks checks;

    Procedure birth;
    List<CheckRule> seeded;
    MockHttpSession admin;

    @BeforeEach
    void signIn() throws Exception {
        birth = catalog.findByCode("1.001193").orElseThrow();
        seeded = checks.rules(birth.id());
        admin = Sessions.signIn(mvc, "quantri");
    }

    @AfterEach
    void restore() {
        checks.replace(birth.id(), seeded, 1);
    }

    @Test
    void theAdminSeesTheRulesInWordsAndAddsOne() throws Exception {
        String page = page();
        assertThat(page).contains("«Số định danh cá nhân của mẹ» bắt buộc khi «Họ, chữ đệm, tên mẹ» được điền")
                .contains("name=\"_csrf\"");

        MockHttpServletResponse added = mvc.perform(post(path()).with(csrf()).session(admin)
                .param("kind", "DATE_ORDER").param("field", "today").param("other", "ngaySinh")).andReturn()
                .getResponse();
        assertThat(added.getRedirectedUrl()).isEqualTo(path());
        assertThat(checks.rules(birth.id())).hasSize(seeded.size() + 1).last()
                .isEqualTo(new CheckRule(CheckRule.Kind.DATE_ORDER, "today", "ngaySinh", null, null, null, null, null));
        assertThat(page()).contains("«Ngày, tháng, năm sinh» không được muộn hơn «today»");

        mvc.perform(post(path() + "/" + seeded.size() + "/delete").with(csrf()).session(admin));
        assertThat(checks.rules(birth.id())).isEqualTo(seeded);
    }

    @Test
    void whatTheCatalogRefusesIsShownNextToTheFormAndNothingIsSaved() throws Exception {
        String noBound = mvc.perform(post(path()).with(csrf()).session(admin)
                .param("kind", "AGE").param("field", "ngaySinh")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(noBound).contains("data-testid=\"error-rules\"").contains("Quy tắc age nêu trường hoặc giấy tờ");

        String notYears = mvc.perform(post(path()).with(csrf()).session(admin)
                .param("kind", "AGE").param("field", "ngaySinh").param("min", "mười tám")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(notYears).contains("data-testid=\"error-min\"").contains("Nhập số năm từ 0 đến 150.")
                .contains("value=\"mười tám\"");

        String noKind = mvc.perform(post(path()).with(csrf()).session(admin).param("field", "ngaySinh"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(noKind).contains("data-testid=\"error-kind\"");
        assertThat(checks.rules(birth.id())).isEqualTo(seeded);
    }

    @Test
    void onlyAnAdminOpensOrChangesThem() throws Exception {
        MockHttpSession officer = Sessions.signIn(mvc, "motcua1");
        assertThat(mvc.perform(get(path()).session(officer)).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post(path()).with(csrf()).session(officer).param("kind", "NO_OPEN_DOSSIER"))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(checks.rules(birth.id())).isEqualTo(seeded);
    }

    private String page() throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path()).session(admin)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private String path() {
        return "/admin/catalog/procedures/" + birth.id() + "/check-rules";
    }
}
