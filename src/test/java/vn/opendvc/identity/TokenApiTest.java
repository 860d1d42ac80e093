package vn.opendvc.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.opendvc.testing.ApplicationTest;

/** {@code POST /api/v1/auth/token} and bearer access to {@code /api/v1/me}. */
@ApplicationTest
class TokenApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;

    private MvcResult requestToken(String body) throws Exception {
        return mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn();
    }

    private JsonNode json(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private String token(String username) throws Exception {
        MvcResult result = requestToken("{\"username\":\"" + username + "\",\"password\":\"Demo@123\"}");
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return json(result).get("access_token").asString();
    }

    @Test
    void issuesABearerTokenWithTheAccountClaims() throws Exception {
        MvcResult result = requestToken("{\"username\":\"chuyenvien2\",\"password\":\"Demo@123\"}");
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        JsonNode body = json(result);
        assertThat(body.get("token_type").asString()).isEqualTo("Bearer");
        assertThat(body.get("expires_in").asLong()).isEqualTo(3600);
        String[] parts = body.get("access_token").asString().split("\\.");
        assertThat(parts).hasSize(3);
        JsonNode header = json.readTree(Base64.getUrlDecoder().decode(parts[0]));
        JsonNode claims = json.readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertThat(header.get("alg").asString()).isEqualTo("HS256");
        assertThat(claims.get("sub").asString()).isEqualTo("chuyenvien2");
        assertThat(claims.get("agency").asString()).isEqualTo("DNG-SOTAICHINH");
        assertThat(claims.get("kind").asString()).isEqualTo("OFFICER");
        assertThat(claims.get("name").asString()).isEqualTo("Đặng Quốc Bảo");
        assertThat(claims.get("roles").get(0).asString()).isEqualTo("SPECIALIST");
        assertThat(result.getResponse().getHeader("Cache-Control")).contains("no-store");
    }

    @Test
    void bearerTokenOpensApiV1MeWithoutThePasswordHash() throws Exception {
        MvcResult me = mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token("congdan1")))
                .andReturn();
        assertThat(me.getResponse().getStatus()).isEqualTo(200);
        String raw = me.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(raw).doesNotContain("bcrypt").doesNotContainIgnoringCase("password");
        JsonNode body = json(me);
        assertThat(body.get("username").asString()).isEqualTo("congdan1");
        assertThat(body.get("displayName").asString()).isEqualTo("Nguyễn Văn An");
        assertThat(body.get("kind").asString()).isEqualTo("CITIZEN");
        assertThat(body.get("personalId").asString()).isEqualTo("048090001234");
        assertThat(body.get("roles").get(0).asString()).isEqualTo("CITIZEN");
        assertThat(me.getResponse().getHeader("Set-Cookie")).isNull();
    }

    @Test
    void missingOrBadTokenIs401ProblemJson() throws Exception {
        for (String authorization : new String[] {null, "Bearer not.a.token", "Bearer " + token("congdan1") + "x"}) {
            var request = get("/api/v1/me");
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            MvcResult result = mvc.perform(request).andReturn();
            assertThat(result.getResponse().getStatus()).as(String.valueOf(authorization)).isEqualTo(401);
            assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
            assertThat(result.getResponse().getHeader("WWW-Authenticate")).startsWith("Bearer")
                    .doesNotContain("resource_metadata");
            JsonNode problem = json(result);
            assertThat(problem.get("status").asInt()).isEqualTo(401);
            assertThat(problem.get("type").asString()).startsWith("urn:opendvc:problem:");
            assertThat(problem.get("title").asString()).isIn("Chưa đăng nhập", "Mã truy cập không hợp lệ");
        }
    }

    @Test
    void sessionCookieDoesNotAuthenticateTheApi() throws Exception {
        MvcResult login = mvc.perform(org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestBuilders.formLogin("/login").user("congdan1").password("Demo@123")).andReturn();
        var session = (org.springframework.mock.web.MockHttpSession) login.getRequest().getSession(false);
        assertThat(mvc.perform(get("/api/v1/me").session(session)).andReturn().getResponse().getStatus())
                .isEqualTo(401);
    }

    @Test
    void wrongCredentialsAre401Problem() throws Exception {
        MvcResult result = requestToken("{\"username\":\"congdan1\",\"password\":\"sai-mat-khau-1\"}");
        assertThat(result.getResponse().getStatus()).isEqualTo(401);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        JsonNode problem = json(result);
        assertThat(problem.get("title").asString()).isEqualTo("Sai tên đăng nhập hoặc mật khẩu");
        assertThat(problem.get("type").asString()).isEqualTo("urn:opendvc:problem:invalid-credentials");
        assertThat(problem.has("access_token")).isFalse();
    }

    @Test
    void malformedBodyIs400() throws Exception {
        for (String body : new String[] {"{not json", "", "{\"username\":\"congdan1\"}", "[]", "\"x\""}) {
            MvcResult result = requestToken(body);
            assertThat(result.getResponse().getStatus()).as(body).isEqualTo(400);
            assertThat(result.getResponse().getContentType()).as(body).startsWith("application/problem+json");
        }
    }

    @Test
    void officerRoleReachesMethodSecurityThroughTheToken() throws Exception {
        // An unknown API path is still protected: 401 without a token, 404 with one.
        assertThat(mvc.perform(get("/api/v1/khong-co")).andReturn().getResponse().getStatus()).isEqualTo(401);
        assertThat(mvc.perform(get("/api/v1/khong-co").header("Authorization", "Bearer " + token("motcua1")))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void publicApiReadsStayOpen() throws Exception {
        assertThat(mvc.perform(get("/api/v1/agencies")).andReturn().getResponse().getStatus()).isEqualTo(200);
        MvcResult write = mvc.perform(post("/api/v1/agencies").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andReturn();
        assertThat(write.getResponse().getStatus()).isEqualTo(401);
    }
}
