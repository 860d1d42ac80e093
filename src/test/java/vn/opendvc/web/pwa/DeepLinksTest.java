package vn.opendvc.web.pwa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.opendvc.testing.DossierFixture.BIRTH;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.DossierAction;
import vn.opendvc.testing.ApplicationTest;
import vn.opendvc.testing.DossierFixture;
import vn.opendvc.testing.Sessions;

/**
 * The addresses a partner app opens: {@code /dossiers/{code}} leads whoever follows it to their own page of the
 * dossier, or nowhere; {@code /procedures/{code}} to the procedure's page, beside {@code /procedures/{id}}.
 */
@ApplicationTest
class DeepLinksTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DossierFixture fixture;

    private MvcResult open(String path, MockHttpSession session) throws Exception {
        return mvc.perform(get(path).session(session)).andReturn();
    }

    @Test
    void theApplicantIsTakenToTheirDossierAndTheReceivingOfficerToTheProcessingPage() throws Exception {
        Dossier dossier = fixture.submitted("congdan1");

        MvcResult applicant = open("/dossiers/" + dossier.code(), Sessions.signIn(mvc, "congdan1"));
        assertThat(applicant.getResponse().getRedirectedUrl()).isEqualTo("/me/dossiers/" + dossier.id());

        MvcResult officer = open("/dossiers/" + dossier.code(), Sessions.signIn(mvc, "motcua1"));
        assertThat(officer.getResponse().getRedirectedUrl()).isEqualTo("/officer/dossiers/" + dossier.id());
    }

    @Test
    void aDossierNoLongerInAnyQueueStillOpensForAnOfficerOfItsAgency() throws Exception {
        Dossier dossier = fixture.submitted("congdan1");
        fixture.act("motcua1", dossier.id(), DossierAction.RECEIVE);
        fixture.act("motcua1", dossier.id(), DossierAction.FORWARD);
        fixture.act("chuyenvien1", dossier.id(), DossierAction.FORWARD);
        fixture.act("lanhdao1", dossier.id(), DossierAction.COMPLETE);
        fixture.act("motcua1", dossier.id(), DossierAction.DELIVER);

        for (String officer : new String[] {"motcua1", "chuyenvien1"}) {
            MvcResult opened = open("/dossiers/" + dossier.code().toLowerCase(java.util.Locale.ROOT),
                    Sessions.signIn(mvc, officer));
            assertThat(opened.getResponse().getRedirectedUrl()).as(officer)
                    .isEqualTo("/officer/dossiers/" + dossier.id());
        }
    }

    @Test
    void anyoneElseFindsNothingAsIfTheCodeDidNotExist() throws Exception {
        Dossier dossier = fixture.submitted("congdan1");

        assertThat(open("/dossiers/" + dossier.code(), Sessions.signIn(mvc, "congdan2")).getResponse().getStatus())
                .isEqualTo(404);
        // an officer of another agency
        assertThat(open("/dossiers/" + dossier.code(), Sessions.signIn(mvc, "motcua2")).getResponse().getStatus())
                .isEqualTo(404);
        MockHttpSession citizen = Sessions.signIn(mvc, "congdan1");
        assertThat(open("/dossiers/DNG-HAICHAU-010101-9999", citizen).getResponse().getStatus()).isEqualTo(404);
        assertThat(open("/dossiers/not-a-code", citizen).getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void anAnonymousVisitorSignsInAndIsBroughtBackToTheDossier() throws Exception {
        Dossier dossier = fixture.submitted("congdan1");
        MockHttpSession session = new MockHttpSession();

        MvcResult anonymous = open("/dossiers/" + dossier.code(), session);
        assertThat(anonymous.getResponse().getStatus()).isEqualTo(302);
        assertThat(anonymous.getResponse().getRedirectedUrl()).endsWith("/login");

        MvcResult login = mvc.perform(post("/login").session(session).with(csrf()).param("username", "congdan1")
                .param("password", "Demo@123")).andReturn();
        String back = login.getResponse().getRedirectedUrl();
        assertThat(back).contains("/dossiers/" + dossier.code());
        MockHttpSession signedIn = (MockHttpSession) login.getRequest().getSession(false);
        assertThat(open(back.replaceFirst("^https?://[^/]+", ""), signedIn).getResponse().getRedirectedUrl())
                .isEqualTo("/me/dossiers/" + dossier.id());
    }

    @Test
    void aProcedureOpensByItsNationalCodeAndStillByItsId() throws Exception {
        long id = fixture.procedure(BIRTH).id();
        MockHttpSession anonymous = new MockHttpSession();

        assertThat(open("/procedures/" + BIRTH, anonymous).getResponse().getRedirectedUrl())
                .isEqualTo("/procedures/" + id);
        MvcResult byId = open("/procedures/" + id, anonymous);
        assertThat(byId.getResponse().getStatus()).isEqualTo(200);
        assertThat(byId.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("Thủ tục đăng ký khai sinh");
        assertThat(open("/procedures/9.999999", anonymous).getResponse().getStatus()).isEqualTo(404);
    }
}
