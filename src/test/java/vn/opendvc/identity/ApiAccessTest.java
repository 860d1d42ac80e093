package vn.opendvc.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.json.JsonMapper;
import vn.opendvc.web.PublicPaths;

/**
 * The security chains with paths another module would declare: its {@link PublicPaths} are open, everything else
 * needs a login, method security works on bearer tokens, and 403 is problem JSON.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("persistence")
class ApiAccessTest {

    @TestConfiguration
    static class OtherModule {
        @Bean
        PublicPaths otherModulePublicPaths() {
            return PublicPaths.pages("/khac/cong-khai").and(PublicPaths.apiReads("/api/v1/khac/cong-khai/**"));
        }

        @Bean
        Endpoints otherModuleEndpoints() {
            return new Endpoints();
        }
    }

    @RestController
    static class Endpoints {
        @GetMapping("/api/v1/khac/cong-khai/danh-sach")
        String openRead() {
            return "ok";
        }

        @PostMapping("/api/v1/khac/cong-khai/danh-sach")
        String write() {
            return "written";
        }

        @GetMapping("/api/v1/khac/quan-tri")
        @PreAuthorize("hasRole('ADMIN')")
        String adminOnly(Authentication authentication) {
            return CurrentUser.from(authentication).map(CurrentUser::agencyCode).orElse("?");
        }

        @GetMapping("/khac/cong-khai")
        String openPage() {
            return "trang công khai";
        }

        @GetMapping("/khac/rieng")
        String privatePage() {
            return "trang riêng";
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;

    private String token(String username) throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + username + "\",\"password\":\"Demo@123\"}")).andReturn();
        return json.readTree(result.getResponse().getContentAsString()).get("access_token").asString();
    }

    @Test
    void publicPathsOfOtherModulesAreOpenAndNothingElse() throws Exception {
        assertThat(mvc.perform(get("/api/v1/khac/cong-khai/danh-sach")).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        assertThat(mvc.perform(post("/api/v1/khac/cong-khai/danh-sach")).andReturn().getResponse().getStatus())
                .isEqualTo(401);
        assertThat(mvc.perform(get("/khac/cong-khai")).andReturn().getResponse().getStatus()).isEqualTo(200);
        MvcResult privatePage = mvc.perform(get("/khac/rieng")).andReturn();
        assertThat(privatePage.getResponse().getStatus()).isEqualTo(302);
        assertThat(privatePage.getResponse().getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void methodSecurityAppliesToBearerTokensAnd403IsProblemJson() throws Exception {
        MvcResult citizen = mvc.perform(get("/api/v1/khac/quan-tri")
                .header("Authorization", "Bearer " + token("congdan1"))).andReturn();
        assertThat(citizen.getResponse().getStatus()).isEqualTo(403);
        assertThat(citizen.getResponse().getContentType()).startsWith("application/problem+json");
        var problem = json.readTree(citizen.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(problem.get("title").asString()).isEqualTo("Không có quyền");
        assertThat(problem.get("status").asInt()).isEqualTo(403);

        MvcResult admin = mvc.perform(get("/api/v1/khac/quan-tri")
                .header("Authorization", "Bearer " + token("quantri"))).andReturn();
        assertThat(admin.getResponse().getStatus()).isEqualTo(200);
        assertThat(admin.getResponse().getContentAsString()).isEqualTo("DNG");
    }
}
