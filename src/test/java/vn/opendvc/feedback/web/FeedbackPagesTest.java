package vn.opendvc.feedback.web;

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

import vn.opendvc.testing.ApplicationTest;
import vn.opendvc.testing.Sessions;

/**
 * The feedback pages' rules that a browser journey does not show: the form says what is wrong next to each field,
 * in Vietnamese first and in English; an officer of another agency and a stranger get 404; only an administrator
 * sees the Open311 keys page, which shows a new key once and its prefix afterwards.
 */
@ApplicationTest
class FeedbackPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    vn.opendvc.testing.DossierFixture fixture;

    @Test
    void theFormSaysWhatIsMissingNextToTheFieldsInBothLanguages() throws Exception {
        String vi = page(mvc.perform(post("/feedback/new").with(csrf()).param("kind", "suggestion")).andReturn());
        assertThat(vi).contains("Trường này là bắt buộc").contains("Hãy để lại thư điện tử hoặc số điện thoại");
        String en = page(mvc.perform(post("/feedback/new").with(csrf()).param("kind", "suggestion")
                .param("lang", "en")).andReturn());
        assertThat(en).contains("This field is required");
        assertThat(page(mvc.perform(get("/feedback/new")).andReturn())).contains("Gửi phản ánh, kiến nghị")
                .doesNotContain("dossier-handling");
    }

    @Test
    void anApplicantSendsFeedbackAboutTheirDossierFromItsPage() throws Exception {
        long dossier = fixture.submitted("congdan1").id();
        MockHttpSession citizen = Sessions.signIn(mvc, "congdan1");
        String page = page(mvc.perform(get("/me/dossiers/" + dossier).session(citizen)).andReturn());
        assertThat(page).contains("/feedback/new?dossier=" + dossier);
        String form = page(mvc.perform(get("/feedback/new").param("dossier", Long.toString(dossier)).session(citizen))
                .andReturn());
        assertThat(form).contains("value=\"dossier-handling\"");
        MvcResult sent = mvc.perform(post("/feedback/new").with(csrf()).session(citizen)
                .param("kind", "dossier-handling").param("dossierId", Long.toString(dossier))
                .param("title", "Hồ sơ chưa được tiếp nhận").param("content", "Đã ba ngày chưa có phản hồi.")).andReturn();
        assertThat(page(sent)).contains("data-testid=\"feedback-code\"").doesNotContain("feedback-token");
    }

    @Test
    void anOfficerSeesOnlyTheirAgencysFeedback() throws Exception {
        MvcResult sent = mvc.perform(post("/feedback/new").with(csrf()).param("kind", "regulation")
                .param("title", "Quy định giờ làm việc").param("content", "Giờ làm việc không rõ ràng.")
                .param("contactPhone", "0905123000").param("agencyCode", "DNG-HAICHAU")).andReturn();
        String receipt = page(sent);
        String code = receipt.replaceAll("(?s).*data-testid=\"feedback-code\">(PA-[0-9-]+)<.*", "$1");
        MockHttpSession haiChau = Sessions.signIn(mvc, "motcua1");
        String list = page(mvc.perform(get("/officer/feedback").session(haiChau)).andReturn());
        assertThat(list).contains(code);
        String id = list.replaceAll("(?s).*href=\"/officer/feedback/(\\d+)\"[^>]*>" + code + "<.*", "$1");
        assertThat(mvc.perform(get("/officer/feedback/" + id).session(haiChau)).andReturn().getResponse()
                .getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/officer/feedback/" + id).session(Sessions.signIn(mvc, "motcua2"))).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/me/feedback/" + id).session(Sessions.signIn(mvc, "congdan2"))).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void theKeysPageIsAnAdministratorsAndShowsAKeyOnce() throws Exception {
        assertThat(mvc.perform(get("/admin/open311/keys").session(Sessions.signIn(mvc, "motcua1"))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        MockHttpSession admin = Sessions.signIn(mvc, "quantri");
        String issued = page(mvc.perform(post("/admin/open311/keys").with(csrf()).session(admin)
                .param("name", "Ứng dụng phản ánh hiện trường")).andReturn());
        String key = issued.replaceAll("(?s).*data-testid=\"api-key\">(o311_[A-Za-z0-9_-]+)<.*", "$1");
        assertThat(key).startsWith("o311_");
        String later = page(mvc.perform(get("/admin/open311/keys").session(admin)).andReturn());
        assertThat(later).contains("Ứng dụng phản ánh hiện trường").doesNotContain(key).contains(key.substring(0, 8));
    }

    private static String page(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
