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
import vn.opendvc.dossier.Channel;
import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.DossierStatus;
import vn.opendvc.dossier.Dossiers;
import vn.opendvc.identity.Accounts;
import vn.opendvc.testing.ApplicationTest;
import vn.opendvc.testing.Sessions;

/** A one-stop officer registers a counter dossier; the back office is closed to citizens. */
@ApplicationTest
class OfficerPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ProcedureCatalog catalog;
    @Autowired
    Dossiers dossiers;
    @Autowired
    Accounts accounts;

    private MockHttpSession signIn(String username) throws Exception {
        return Sessions.signIn(mvc, username);
    }

    @Test
    void aReceiverRegistersACounterDossierThatLandsInTheQueue() throws Exception {
        long procedure = catalog.findByCode("1.001193").orElseThrow().id();
        MockHttpSession receiver = signIn("motcua1");
        MvcResult form = mvc.perform(get("/officer/register").param("procedure", String.valueOf(procedure))
                .session(receiver)).andReturn();
        assertThat(form.getResponse().getStatus()).isEqualTo(200);
        assertThat(form.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("applicantName");

        MvcResult bad = mvc.perform(post("/officer/register").session(receiver).with(csrf())
                .param("procedureId", String.valueOf(procedure)).param("agencyCode", "DNG-HAICHAU")
                .param("channel", "COUNTER").param("applicantName", "Trần Văn Quầy")
                .param("applicantPhone", "12345")).andReturn();
        assertThat(bad.getResponse().getStatus()).isEqualTo(200);
        assertThat(bad.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Số điện thoại không hợp lệ");

        MvcResult ok = mvc.perform(post("/officer/register").session(receiver).with(csrf())
                .param("procedureId", String.valueOf(procedure)).param("agencyCode", "DNG-HAICHAU")
                .param("channel", "COUNTER").param("applicantName", "Trần Văn Quầy")
                .param("applicantPhone", "0912345678").param("f.hoTenTre", "Trần Bảo Ngọc")
                .param("f.ngaySinh", "01/11/2026").param("f.gioiTinh", "Nữ").param("f.noiSinh", "Đà Nẵng")
                .param("f.queQuan", "Đà Nẵng").param("f.danToc", "Kinh").param("f.soDienThoai", "0912345678"))
                .andReturn();
        assertThat(ok.getResponse().getRedirectedUrl()).startsWith("/officer/dossiers/");
        long id = Long.parseLong(ok.getResponse().getRedirectedUrl().substring("/officer/dossiers/".length()));
        var officer = accounts.findByUsername("motcua1").orElseThrow();
        Dossier dossier = dossiers.find(officer, id).orElseThrow();
        assertThat(dossier.channel()).isEqualTo(Channel.COUNTER);
        assertThat(dossier.status()).isEqualTo(DossierStatus.SUBMITTED);
        assertThat(dossier.formData()).containsEntry("ngaySinh", "2026-11-01");
        assertThat(dossiers.queue(officer)).anySatisfy(item -> assertThat(item.id()).isEqualTo(id));

        MvcResult inbox = mvc.perform(get("/officer").session(receiver)).andReturn();
        assertThat(inbox.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains(dossier.code());
    }

    @Test
    void citizensCannotOpenTheBackOffice() throws Exception {
        MockHttpSession citizen = signIn("congdan2");
        assertThat(mvc.perform(get("/officer").session(citizen)).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/officer")).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");
    }
}
