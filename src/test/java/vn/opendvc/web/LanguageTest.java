package vn.opendvc.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Vietnamese unless the user chose English, whatever the server's own locale: here the JVM runs in English. The API
 * follows {@code Accept-Language}; pages follow {@code ?lang=} (remembered in a cookie), not the browser's language.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LanguageTest {

    private static Locale jvmLocale;

    @Autowired
    MockMvc mvc;

    @BeforeAll
    static void serverInEnglish() {
        jvmLocale = Locale.getDefault();
        Locale.setDefault(Locale.US);
    }

    @AfterAll
    static void restoreServerLocale() {
        Locale.setDefault(jvmLocale);
    }

    @Test
    void apiProblemsAreVietnameseByDefaultAndForAcceptLanguageVi() throws Exception {
        mvc.perform(get("/api/v1/procedures/abc"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Tham số không hợp lệ"))
                .andExpect(jsonPath("$.detail").value("Giá trị 'abc' của tham số 'id' không hợp lệ"));
        mvc.perform(get("/api/v1/procedures/{id}", 987654321).header(HttpHeaders.ACCEPT_LANGUAGE, "vi"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Không tìm thấy"))
                .andExpect(jsonPath("$.detail").value("Không tìm thấy thủ tục '987654321'"));
    }

    @Test
    void apiProblemsAreEnglishForAcceptLanguageEn() throws Exception {
        mvc.perform(get("/api/v1/procedures/abc").header(HttpHeaders.ACCEPT_LANGUAGE, "en-US,en;q=0.9"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Invalid parameter"))
                .andExpect(jsonPath("$.detail").value("Invalid value 'abc' for 'id'"));
        mvc.perform(get("/api/v1/procedures/{id}", 987654321).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Not found"))
                .andExpect(jsonPath("$.detail").value("Not found: procedure '987654321'"));
    }

    @Test
    void anUnknownLanguageGetsVietnamese() throws Exception {
        mvc.perform(get("/api/v1/procedures/abc").header(HttpHeaders.ACCEPT_LANGUAGE, "fr"))
                .andExpect(jsonPath("$.title").value("Tham số không hợp lệ"));
    }

    @Test
    void pagesAreVietnameseUntilTheUserChoosesEnglish() throws Exception {
        mvc.perform(get("/").header(HttpHeaders.ACCEPT_LANGUAGE, "vi"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cổng Dịch vụ công OpenDVC")));
        mvc.perform(get("/").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cổng Dịch vụ công OpenDVC")));
        mvc.perform(get("/").param("lang", "en").header(HttpHeaders.ACCEPT_LANGUAGE, "vi"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("OpenDVC Public Service Portal")))
                .andExpect(content().string(not(containsString("Cổng Dịch vụ công OpenDVC"))));
    }

    @Test
    void messagesAPageControllerPutsInItsModelAreShownInThePageLanguage() throws Exception {
        mvc.perform(get("/procedures").param("level", "HUYEN").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cấp không hợp lệ: &#39;HUYEN&#39; (XA, TINH hoặc BO)")));
        mvc.perform(get("/procedures").param("level", "HUYEN").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Invalid level: &#39;HUYEN&#39; (XA, TINH or BO)")));
    }
}
