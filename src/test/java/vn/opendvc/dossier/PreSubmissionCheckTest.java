package vn.opendvc.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.opendvc.catalog.Procedure;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.testing.ApplicationTest;
import vn.opendvc.testing.DossierFixture;
import vn.opendvc.testing.OnMondayMorning;
import vn.opendvc.testing.Sessions;

/**
 * The pre-submission check of a marriage registration (its rules in the catalog's seed): a groom of 19 is refused
 * the same way on the form page (next to his birth date, no draft kept), by the check API and at submission; a second
 * open marriage dossier of the same citizen is refused at submission and told by the API; an ADMIN changes the rules
 * and the change holds everywhere at once.
 */
@ApplicationTest
@OnMondayMorning
class PreSubmissionCheckTest {

    static final String MARRIAGE = "1.000894";

    @Autowired
    MockMvc mvc;
    @Autowired
    DossierFixture fixture;
    @Autowired
    Dossiers dossiers;
    @Autowired
    JsonMapper json;

    /** A groom born in 1995 and a bride in 1998, with IDs that encode it, to register on 1/12/2026. */
    static Map<String, String> couple() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("hoTenBenNam", "Lê Văn Bình");
        form.put("soDinhDanhBenNam", "048095001234");
        form.put("ngaySinhBenNam", "1995-05-10");
        form.put("hoTenBenNu", "Trần Thị Thu");
        form.put("soDinhDanhBenNu", "048198004321");
        form.put("ngaySinhBenNu", "1998-03-02");
        form.put("ngayDuKienDangKy", "2026-12-01");
        form.put("soDienThoai", "0905123456");
        return form;
    }

    @Test
    void aGroomOfNineteenIsRefusedOnThePageByTheApiAndAtSubmission() throws Exception {
        Procedure marriage = fixture.procedure(MARRIAGE);
        Map<String, String> young = couple();
        young.put("ngaySinhBenNam", "2007-05-10");
        young.put("soDinhDanhBenNam", "048207001234");

        List<JsonNode> findings = check(marriage.id(), young, fixture.token("congdan2"));
        assertThat(findings).extracting(f -> f.get("field").asString() + "/" + f.get("rule").asString())
                .containsExactly("ngaySinhBenNam/age");
        assertThat(findings.getFirst().get("message").asString()).contains("20 tuổi");
        assertThat(check(marriage.id(), couple(), fixture.token("congdan2"))).as("a couple of age").isEmpty();

        int drafts = dossiers.mine(fixture.user("congdan2")).size();
        MockHttpServletRequestBuilder form = post("/me/dossiers").with(csrf())
                .session(Sessions.signIn(mvc, "congdan2")).param("procedureId", String.valueOf(marriage.id()))
                .param("agencyCode", DossierFixture.HAI_CHAU);
        young.forEach((key, value) -> form.param("f." + key, value));
        String page = mvc.perform(form).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("phải từ 20 tuổi trở lên").contains("data-testid=\"problem\"");
        assertThat(dossiers.mine(fixture.user("congdan2"))).as("no draft kept").hasSize(drafts);

        CurrentUser citizen = fixture.user("congdan2");
        Dossier draft = attachAll(dossiers.createDraft(citizen, new Dossiers.NewDossier(marriage.id(),
                DossierFixture.HAI_CHAU, young, Channel.ONLINE, null, null)), citizen, marriage);
        DossierProblem refused = catchThrowableOfType(DossierProblem.class, () -> dossiers.submit(citizen, draft.id()));
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.fieldErrors()).containsOnlyKeys("ngaySinhBenNam");
        String draftPage = mvc.perform(get("/me/dossiers/" + draft.id()).session(Sessions.signIn(mvc, "congdan2")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(draftPage).contains("data-testid=\"pre-check\"").contains("data-rule=\"age\"");
    }

    @Test
    void aSecondOpenMarriageDossierIsRefusedAtSubmissionAndToldByTheApi() throws Exception {
        Procedure marriage = fixture.procedure(MARRIAGE);
        CurrentUser citizen = fixture.user("congdan1");
        Dossier first = attachAll(dossiers.createDraft(citizen, new Dossiers.NewDossier(marriage.id(),
                DossierFixture.HAI_CHAU, couple(), Channel.ONLINE, null, null)), citizen, marriage);
        Dossier second = attachAll(dossiers.createDraft(citizen, new Dossiers.NewDossier(marriage.id(),
                DossierFixture.HAI_CHAU, couple(), Channel.ONLINE, null, null)), citizen, marriage);
        assertThat(check(marriage.id(), couple(), fixture.token("congdan1"))).as("none open yet").isEmpty();
        assertThat(dossiers.submit(citizen, first.id()).status()).isEqualTo(DossierStatus.SUBMITTED);

        assertThat(check(marriage.id(), couple(), fixture.token("congdan1")))
                .extracting(f -> f.get("rule").asString()).containsExactly("no-open-dossier");
        DossierProblem refused = catchThrowableOfType(DossierProblem.class, () -> dossiers.submit(citizen, second.id()));
        assertThat(refused.fieldErrors()).containsOnlyKeys("procedure");
        assertThat(dossiers.check(citizen, marriage.id(), couple(), null, first.id())).as("itself is not another")
                .isEmpty();
    }

    @Test
    void anAdministratorChangesTheRulesAndEveryoneChecksTheNewOnes() throws Exception {
        Procedure marriage = fixture.procedure(MARRIAGE);
        String admin = fixture.token("quantri");
        String path = "/api/v1/procedures/" + marriage.id() + "/check-rules";
        MockHttpServletResponse seed = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(json.readTree(seed.getContentAsString(StandardCharsets.UTF_8)).valueStream()
                .map(r -> r.get("kind").asString()).toList()).contains("AGE", "ID_MATCHES_BIRTH", "NO_OPEN_DOSSIER");
        try {
            String older = "[{\"kind\":\"AGE\",\"field\":\"ngaySinhBenNu\",\"min\":30}]";
            assertThat(mvc.perform(put(path).header(HttpHeaders.AUTHORIZATION, fixture.token("motcua1"))
                    .contentType(MediaType.APPLICATION_JSON).content(older)).andReturn().getResponse().getStatus())
                    .isEqualTo(403);
            MockHttpServletResponse bad = mvc.perform(put(path).header(HttpHeaders.AUTHORIZATION, admin)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("[{\"kind\":\"AGE\",\"field\":\"khongCo\",\"min\":30}]")).andReturn().getResponse();
            assertThat(bad.getStatus()).isEqualTo(400);
            assertThat(bad.getContentType()).startsWith("application/problem+json");
            assertThat(mvc.perform(put(path).header(HttpHeaders.AUTHORIZATION, admin)
                    .contentType(MediaType.APPLICATION_JSON).content(older)).andReturn().getResponse().getStatus())
                    .isEqualTo(200);

            assertThat(check(marriage.id(), couple(), fixture.token("congdan2")))
                    .extracting(f -> f.get("field").asString() + "/" + f.get("rule").asString())
                    .containsExactly("ngaySinhBenNu/age");
        } finally {
            mvc.perform(put(path).header(HttpHeaders.AUTHORIZATION, admin).contentType(MediaType.APPLICATION_JSON)
                    .content(seed.getContentAsString(StandardCharsets.UTF_8)));
        }
    }

    private List<JsonNode> check(long procedureId, Map<String, String> form, String token) throws Exception {
        MockHttpServletResponse answer = mvc.perform(post("/api/v1/procedures/" + procedureId + "/check")
                .header(HttpHeaders.AUTHORIZATION, token).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("formData", form)))).andReturn().getResponse();
        assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(200);
        return json.readTree(answer.getContentAsString(StandardCharsets.UTF_8)).valueStream().toList();
    }

    private Dossier attachAll(Dossier draft, CurrentUser citizen, Procedure procedure) {
        Dossier d = draft;
        for (Procedure.RequiredDocument document : procedure.documents()) {
            if (document.required()) {
                d = dossiers.attach(citizen, d.id(), document.name(), new Dossiers.Upload("giay-to.pdf",
                        DossierFixture.pdf()));
            }
        }
        return d;
    }
}
