package vn.opendvc.assistant.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import vn.opendvc.dossier.Dossier;
import vn.opendvc.testing.ApplicationTest;
import vn.opendvc.testing.DossierFixture;
import vn.opendvc.testing.MovableClock;

/** The assistant's API and page over the whole shipped catalog, as a citizen and an embedding site use them. */
@ApplicationTest
class AssistantApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DossierFixture fixture;

    @Autowired
    MovableClock clock;

    @AfterEach
    void systemTime() {
        clock.followSystemTime();
    }

    private String ask(String json) throws Exception {
        return mvc.perform(post("/api/v1/assistant/ask").contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void findsTheProcedureAskedWithoutAccentsAndCitesIt() throws Exception {
        mvc.perform(post("/api/v1/assistant/ask").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"question\":\"lam giay khai sinh cho con o dau\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.procedures[0].code").value("1.001193"))
                .andExpect(jsonPath("$.intent").value("WHERE"))
                .andExpect(jsonPath("$.conversationId").isNotEmpty())
                .andExpect(jsonPath("$.answer").value(containsString("UBND cấp xã")))
                .andExpect(jsonPath("$.answer").value(containsString("trực tuyến toàn trình")))
                .andExpect(jsonPath("$.sources[0].url").value(containsString("/procedures/")));
    }

    @Test
    void aFollowUpAsksAboutTheSameProcedure() throws Exception {
        String first = ask("{\"question\":\"đăng ký thường trú cần những gì\"}");
        String conversation = JsonPath.read(first, "$.conversationId");
        org.assertj.core.api.Assertions.assertThat((String) JsonPath.read(first, "$.intent")).isEqualTo("DOCUMENTS");
        org.assertj.core.api.Assertions.assertThat((String) JsonPath.read(first, "$.answer")).contains("1. ");
        mvc.perform(post("/api/v1/assistant/ask").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"question\":\"còn lệ phí thì sao?\",\"conversationId\":\"" + conversation + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intent").value("FEE"))
                .andExpect(jsonPath("$.procedures[0].code").value("1.004222"))
                .andExpect(jsonPath("$.answer").value(containsString("10.000 đồng")))
                .andExpect(jsonPath("$.conversationId").value(conversation));
    }

    @Test
    void saysItDoesNotKnowAndOffersTheSearchAndTheHotline() throws Exception {
        mvc.perform(post("/api/v1/assistant/ask").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"question\":\"giá vàng hôm nay bao nhiêu\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.procedures").isEmpty())
                .andExpect(jsonPath("$.knows").value(false))
                .andExpect(jsonPath("$.answer").value(containsString("18001096")))
                .andExpect(jsonPath("$.answer").value(not(containsString("đồng."))))
                .andExpect(jsonPath("$.searchUrl").value(containsString("/procedures?q=")));
    }

    @Test
    void asksWhichOneWhenTwoFitAndTakesTheNumberAsTheAnswer() throws Exception {
        String first = ask("{\"question\":\"lam ho chieu het bao nhieu tien\"}");
        String conversation = JsonPath.read(first, "$.conversationId");
        org.assertj.core.api.Assertions.assertThat((Integer) JsonPath.read(first, "$.clarify.options.length()"))
                .isGreaterThanOrEqualTo(2);
        String second = JsonPath.read(first, "$.clarify.options[1].name");
        mvc.perform(post("/api/v1/assistant/ask").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"question\":\"2\",\"conversationId\":\"" + conversation + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.procedures[0].name").value(second));
    }

    @Test
    void neverInventsAFeeTheCatalogDoesNotState() throws Exception {
        // a reference entry of the national catalog: no fee published
        mvc.perform(post("/api/v1/assistant/ask").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"question\":\"le phi dang ky khai sinh luu dong\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.procedures[0].code").value("1.003583"))
                .andExpect(jsonPath("$.answer").value(containsString("chưa công bố lệ phí")));
    }

    @Test
    void submittingLinksToANewDraft() throws Exception {
        mvc.perform(post("/api/v1/assistant/ask").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"question\":\"nộp hồ sơ đăng ký kết hôn\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intent").value("SUBMIT"))
                .andExpect(jsonPath("$.draftUrl").value(containsString("/me/dossiers/new?procedure=")));
    }

    @Test
    void theStatusOfMyDossierNeedsASignIn() throws Exception {
        mvc.perform(post("/api/v1/assistant/ask").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"question\":\"tình trạng hồ sơ của tôi\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intent").value("STATUS"))
                .andExpect(jsonPath("$.answer").value(containsString("đăng nhập")));
    }

    @Test
    void badQuestionsAreProblems() throws Exception {
        mvc.perform(post("/api/v1/assistant/ask").contentType(MediaType.APPLICATION_JSON).content("{\"question\":\" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").isNotEmpty());
        mvc.perform(post("/api/v1/assistant/ask").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"question\":\"" + "a".repeat(501) + "\"}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void onlyConfiguredSitesMayCallFromTheBrowser() throws Exception {
        mvc.perform(post("/api/v1/assistant/ask").header("Origin", "https://evil.example")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("question", "khai sinh"))
                .andExpect(status().isForbidden())
                .andExpect(header().doesNotExist("Access-Control-Allow-Origin"));
        mvc.perform(post("/api/v1/assistant/ask").header("Origin", "http://127.0.0.1:5555")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("question", "khai sinh"))
                .andExpect(status().isOk())
                .andExpect(header().string("Access-Control-Allow-Origin", "http://127.0.0.1:5555"))
                .andExpect(jsonPath("$.procedures[0].code").value("1.001193"));
    }

    @Test
    void thePageWorksWithAPlainFormPost() throws Exception {
        mvc.perform(get("/assistant")).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"_csrf\"")));
        mvc.perform(post("/assistant").param("question", "xin giay xac nhan doc than"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/assistant").with(csrf()).param("question", "xin giay xac nhan doc than"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("tình trạng hôn nhân")))
                .andExpect(content().string(containsString("name=\"conversationId\"")));
    }

    @Test
    void aSignedInCitizenSeesTheStatusOfTheirOwnDossiersOnly() throws Exception {
        // the answer lists the newest dossiers: other tests of the suite move their clocks years ahead
        clock.set(java.time.Instant.parse("2035-06-04T02:00:00Z"));
        Dossier mine = fixture.submitted("congdan1", DossierFixture.BIRTH);
        Dossier theirs = fixture.submitted("congdan2", DossierFixture.BIRTH);
        mvc.perform(post("/api/v1/assistant/ask").header("Authorization", fixture.token("congdan1"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"question\":\"ho so cua toi den dau roi\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intent").value("STATUS"))
                .andExpect(jsonPath("$.answer").value(containsString(mine.code())))
                .andExpect(jsonPath("$.answer").value(containsString("Mới đăng ký")))
                .andExpect(jsonPath("$.answer").value(not(containsString(theirs.code()))));
    }

    @Test
    void aConversationIsForgottenAfterItsExpiry() throws Exception {
        String first = ask("{\"question\":\"đăng ký tạm trú\"}");
        String conversation = JsonPath.read(first, "$.conversationId");
        clock.set(java.time.Instant.now().plus(Duration.ofMinutes(31)));
        mvc.perform(post("/api/v1/assistant/ask").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"question\":\"còn lệ phí thì sao?\",\"conversationId\":\"" + conversation + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.knows").value(false))
                .andExpect(jsonPath("$.conversationId").value(not(conversation)));
    }

    @Test
    void answersInEnglishWhenAsked() throws Exception {
        mvc.perform(post("/api/v1/assistant/ask").header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"question\":\"dang ky ket hon mat bao lau\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intent").value("TIME"))
                .andExpect(jsonPath("$.procedures[0].code").value("1.000894"))
                .andExpect(jsonPath("$.answer").value(containsString("working days")));
    }
}
