package vn.opendvc.assistance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.opendvc.dossier.Channel;
import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.DossierStatus;
import vn.opendvc.dossier.Dossiers;
import vn.opendvc.testing.ApplicationTest;
import vn.opendvc.testing.DossierFixture;
import vn.opendvc.testing.OnMondayMorning;
import vn.opendvc.testing.Sessions;

/**
 * The agent's desk in pages: only agents reach it; the consent is asked for with the citizen's ID number and the
 * procedure, the code the citizen reads out starts the citizen's draft, which the agent fills in; whatever the desk
 * refuses is said next to its field with a 4xx.
 */
@ApplicationTest
@OnMondayMorning
class AgentDeskPagesTest {

    static final String CONGDAN2_ID = "048195004567";
    static final String CONGDAN2_PHONE = "+84935678901";

    @Autowired
    MockMvc mvc;
    @Autowired
    DossierFixture fixture;
    @Autowired
    Dossiers dossiers;
    @Autowired
    JdbcClient jdbc;

    MockHttpSession agent;
    long birth;

    @BeforeEach
    void signInTheAgent() throws Exception {
        agent = Sessions.signIn(mvc, "buudien1");
        birth = fixture.procedure(DossierFixture.BIRTH).id();
    }

    @Test
    void onlyAnAgentReachesTheDeskWhichFindsTheProcedureAndOffersItsAgencies() throws Exception {
        MockHttpServletResponse desk = page(get("/agent"), agent);
        assertThat(desk.getStatus()).isEqualTo(200);
        assertThat(text(desk)).contains("data-testid=\"nav-agent\"").contains("data-testid=\"procedure-search\"");

        String found = text(page(get("/agent").param("q", "đăng ký khai sinh"), agent));
        assertThat(found).contains("href=\"/agent?procedure=" + birth + "\"");

        String chosen = text(page(get("/agent").param("procedure", String.valueOf(birth)), agent));
        assertThat(chosen).contains("data-testid=\"consent-form\"").contains("value=\"DNG-HAICHAU\"")
                .contains("name=\"idNumber\"").contains("name=\"fullName\"").contains("name=\"phone\"");

        for (String other : new String[] {"congdan1", "motcua1"}) {
            MockHttpSession session = Sessions.signIn(mvc, other);
            assertThat(page(get("/agent"), session).getStatus()).as(other).isEqualTo(403);
            assertThat(text(page(get("/"), session))).as(other).doesNotContain("nav-agent");
        }
    }

    @Test
    void aWrongCodeIsSaidNextToTheCodeField() throws Exception {
        String consentPage = requestConsent(CONGDAN2_ID);
        String step2 = text(page(get(consentPage), agent));
        assertThat(step2).contains("Mã xác nhận đã được gửi tới").contains("901").contains("tin nhắn SMS")
                .contains("data-testid=\"code-form\"");
        String right = codeSentTo(CONGDAN2_PHONE);

        MockHttpServletResponse refused = page(post(consentPage + "/confirm").with(csrf())
                .param("code", right.equals("111111") ? "222222" : "111111"), agent);
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(text(refused)).contains("còn 4 lần thử").containsPattern(
                "data-testid=\"error-code\">\\s*Mã xác nhận không đúng.").contains("aria-invalid=\"true\"");
    }

    @Test
    void anUnknownIdNumberWithoutANameOrAMissingAgencyIsRefusedNextToItsField() throws Exception {
        String unknown = "0482" + String.format("%08d", System.nanoTime() % 100_000_000L);
        MockHttpServletResponse noName = page(consent(unknown, "DNG-HAICHAU"), agent);
        assertThat(noName.getStatus()).isEqualTo(400);
        assertThat(text(noName)).containsPattern("data-testid=\"error-idNumber\">\\s*Chưa có tài khoản")
                .contains("value=\"" + unknown + "\"");

        MockHttpServletResponse badNumber = page(consent("12345", "DNG-HAICHAU"), agent);
        assertThat(badNumber.getStatus()).isEqualTo(400);
        assertThat(text(badNumber)).containsPattern("data-testid=\"error-idNumber\">\\s*Số định danh cá nhân gồm 12");

        MockHttpServletResponse noAgency = page(consent(CONGDAN2_ID, ""), agent);
        assertThat(noAgency.getStatus()).isEqualTo(400);
        assertThat(text(noAgency)).containsPattern("data-testid=\"error-agencyCode\">\\s*Chọn thủ tục và cơ quan");

        MockHttpServletResponse badPhone = page(consent(unknown, "DNG-HAICHAU").param("fullName", "Lê Văn Tám")
                .param("phone", "12"), agent);
        assertThat(badPhone.getStatus()).isEqualTo(400);
        assertThat(text(badPhone)).containsPattern("data-testid=\"error-phone\">\\s*Số điện thoại không hợp lệ");
    }

    @Test
    void theRightCodeStartsTheCitizensDraftWhichTheAgentFillsIn() throws Exception {
        String consentPage = requestConsent(CONGDAN2_ID);
        MockHttpServletResponse confirmed = page(post(consentPage + "/confirm").with(csrf())
                .param("code", codeSentTo(CONGDAN2_PHONE)), agent);
        assertThat(confirmed.getStatus()).isEqualTo(302);
        assertThat(confirmed.getRedirectedUrl()).matches("/agent/dossiers/\\d+");
        long dossierId = Long.parseLong(confirmed.getRedirectedUrl().substring("/agent/dossiers/".length()));

        String form = text(page(get("/agent/dossiers/" + dossierId), agent));
        assertThat(form).contains("data-testid=\"draft-form\"").contains("name=\"f.hoTenTre\"")
                .contains(fixture.user("congdan2").displayName());
        MockHttpServletResponse wrongDate = page(post("/agent/dossiers/" + dossierId).with(csrf())
                .param("f.hoTenTre", "Nguyễn Minh Khang").param("f.ngaySinh", "ngày mai"), agent);
        assertThat(wrongDate.getStatus()).isEqualTo(400);
        assertThat(text(wrongDate)).contains("data-testid=\"error-ngaySinh\"").contains("value=\"Nguyễn Minh Khang\"");

        MockHttpServletResponse saved = page(post("/agent/dossiers/" + dossierId).with(csrf())
                .param("f.hoTenTre", "Nguyễn Minh Khang"), agent);
        assertThat(saved.getRedirectedUrl()).isEqualTo("/me/dossiers/" + dossierId);
        assertThat(page(get("/me/dossiers/" + dossierId), agent).getStatus()).as("the creator's dossier page")
                .isEqualTo(200);

        Dossier asCitizen = dossiers.find(fixture.user("congdan2"), dossierId).orElseThrow();
        assertThat(asCitizen.channel()).isEqualTo(Channel.ASSISTED);
        assertThat(asCitizen.status()).isEqualTo(DossierStatus.DRAFT);
        assertThat(asCitizen.formData()).containsEntry("hoTenTre", "Nguyễn Minh Khang");

        String desk = text(page(get("/agent"), agent));
        assertThat(desk).contains("href=\"/me/dossiers/" + dossierId + "\"").contains("••••••••4567")
                .contains("Đã đồng ý").doesNotContain(CONGDAN2_ID);
        assertThat(page(get(consentPage), agent).getRedirectedUrl()).isEqualTo("/agent/dossiers/" + dossierId);
        MockHttpServletResponse reused = page(post(consentPage + "/confirm").with(csrf()).param("code", "000000"),
                agent);
        assertThat(reused.getStatus()).isEqualTo(409);
        assertThat(text(reused)).contains("Mỗi sự đồng ý chỉ dùng cho một hồ sơ");

        MockHttpSession citizen = Sessions.signIn(mvc, "congdan1");
        assertThat(page(get("/agent/dossiers/" + dossierId), citizen).getStatus()).isEqualTo(403);
        assertThat(page(get("/me/dossiers/" + dossierId), citizen).getStatus()).isEqualTo(404);
    }

    /** Step 1 for congdan2's birth registration at Hải Châu; the address of step 2. */
    private String requestConsent(String idNumber) throws Exception {
        MockHttpServletResponse sent = page(consent(idNumber, DossierFixture.HAI_CHAU), agent);
        assertThat(sent.getStatus()).as(text(sent)).isEqualTo(302);
        assertThat(sent.getRedirectedUrl()).matches("/agent/consents/\\d+");
        return sent.getRedirectedUrl();
    }

    private MockHttpServletRequestBuilder consent(String idNumber, String agency) {
        return post("/agent/consents").with(csrf()).param("idNumber", idNumber)
                .param("procedureId", String.valueOf(birth)).param("agencyCode", agency);
    }

    private String codeSentTo(String phone) throws Exception {
        SentCodes.awaitHandedOver(jdbc, phone);
        return SentCodes.newestIn(text(page(get("/demo/sms"), Sessions.signIn(mvc, "quantri"))), phone);
    }

    private MockHttpServletResponse page(MockHttpServletRequestBuilder request, MockHttpSession session)
            throws Exception {
        return mvc.perform(request.session(session)).andReturn().getResponse();
    }

    private static String text(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
