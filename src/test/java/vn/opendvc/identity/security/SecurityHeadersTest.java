package vn.opendvc.identity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.opendvc.testing.ServerTest;

/**
 * The security headers as a browser receives them from the real server (Tomcat writes the session cookie's
 * attributes): a Content-Security-Policy without inline scripts, a Referrer-Policy, a SameSite=Lax session cookie,
 * on pages and API answers alike; HSTS over TLS only.
 */
@ServerTest
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> fetch(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aPageIsServedWithAStrictPolicyAndALaxSessionCookie() throws Exception {
        HttpResponse<String> page = fetch("/login");
        assertThat(page.statusCode()).isEqualTo(200);
        assertStrictHeaders(page);
        List<String> cookies = page.headers().allValues("Set-Cookie");
        assertThat(cookies).as("the login form's CSRF token starts a session").anySatisfy(cookie -> assertThat(cookie)
                .startsWith("SESSION=").containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly"));
        assertThat(page.headers().firstValue("Strict-Transport-Security")).as("plain HTTP: no HSTS").isEmpty();
    }

    @Test
    void anApiAnswerCarriesTheSameHeaders() throws Exception {
        HttpResponse<String> answer = fetch("/api/v1/procedures?q=khai%20sinh");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertStrictHeaders(answer);
        HttpResponse<String> problem = fetch("/api/v1/me");
        assertThat(problem.statusCode()).isEqualTo(401);
        assertStrictHeaders(problem);
    }

    @Test
    void overTlsBrowsersAreToldToStayOnHttps() throws Exception {
        MvcResult page = mvc.perform(get("/login").secure(true)).andReturn();
        assertThat(page.getResponse().getHeader("Strict-Transport-Security")).contains("max-age=");
        MvcResult answer = mvc.perform(get("/api/v1/procedures").secure(true)).andReturn();
        assertThat(answer.getResponse().getHeader("Strict-Transport-Security")).contains("max-age=");
    }

    private static void assertStrictHeaders(HttpResponse<String> response) {
        String policy = response.headers().firstValue("Content-Security-Policy").orElse("");
        String scripts = directive(policy, "script-src");
        assertThat(scripts).as(policy).isEqualTo("script-src 'self'");
        assertThat(directive(policy, "style-src")).as(policy).doesNotContain("'unsafe-inline'");
        assertThat(policy).doesNotContain("'unsafe-eval'")
                .contains("object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    private static String directive(String policy, String name) {
        for (String directive : policy.split(";")) {
            if (directive.strip().startsWith(name + " ")) {
                return directive.strip();
            }
        }
        return "";
    }
}
