package vn.opendvc.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/**
 * Login with the national e-ID against a real OpenID Connect server (mock-oauth2-server): the whole
 * authorization-code flow, driven by a plain HTTP client that follows redirects and keeps cookies.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag("persistence")
class EidLoginTest {

    static final String CLIENT_ID = "opendvc-portal";
    static final MockOAuth2Server eid = new MockOAuth2Server();

    static {
        eid.start();
    }

    @DynamicPropertySource
    static void eidProperties(DynamicPropertyRegistry registry) {
        registry.add("opendvc.eid.issuer", () -> eid.issuerUrl("vneid").toString());
        registry.add("opendvc.eid.client-id", () -> CLIENT_ID);
        registry.add("opendvc.eid.client-secret", () -> "bi-mat-cua-cong");
    }

    @AfterAll
    static void stopEid() {
        eid.shutdown();
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.ALWAYS)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private HttpResponse<String> open(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void eidWillAssert(Map<String, Object> claims) {
        eid.enqueueCallback(new DefaultOAuth2TokenCallback("vneid", "vneid-subject-" + claims.get("personal_id"),
                "JWT", List.of(CLIENT_ID), claims, 3600));
    }

    /** Opens the profile, is sent to the login page, presses the e-ID button and comes back signed in. */
    private HttpResponse<String> signInWithEid() throws Exception {
        HttpResponse<String> loginPage = open("/me");
        assertThat(loginPage.uri().getPath()).isEqualTo("/login");
        assertThat(loginPage.body()).contains("data-testid=\"eid-login\"").contains("/oauth2/authorization/eid");
        HttpResponse<String> back = open("/oauth2/authorization/eid");
        assertThat(back.statusCode()).isEqualTo(200);
        assertThat(back.uri().getPath()).isEqualTo("/me");
        return back;
    }

    @Test
    void existingCitizenIsSignedInByTheIdNumberClaim() throws Exception {
        long before = jdbc.sql("select count(*) from account").query(Long.class).single();
        eidWillAssert(Map.of("personal_id", "048195004567", "name", "Trần Thị Bích Ngọc"));

        HttpResponse<String> profile = signInWithEid();

        assertThat(profile.body()).contains("data-testid=\"profile-username\">congdan2<")
                .contains("data-testid=\"nav-account\">Trần Thị Bích Ngọc</a>")
                .contains("Đã xác thực bằng định danh điện tử");
        assertThat(jdbc.sql("select count(*) from account").query(Long.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("select assurance_level from account where username = 'congdan2'").query(String.class)
                .single()).isEqualTo("EID");
    }

    @Test
    void unknownCitizenGetsANewAccountFromTheClaims() throws Exception {
        String personalId = Fresh.personalId();
        eidWillAssert(Map.of("personal_id", personalId, "name", "Phan Thị Thanh Thủy", "birthdate", "1979-11-03",
                "phone_number", "+84914555666", "email", "thanhthuy@example.vn"));

        HttpResponse<String> profile = signInWithEid();

        assertThat(profile.body()).contains("Phan Thị Thanh Thủy").contains(personalId);
        var row = jdbc.sql("select username, kind, display_name, date_of_birth, phone, email, assurance_level,"
                + " password_hash from account where personal_id = ?").param(personalId).query().singleRow();
        assertThat(row.get("kind")).isEqualTo("CITIZEN");
        assertThat(row.get("display_name")).isEqualTo("Phan Thị Thanh Thủy");
        assertThat(row.get("date_of_birth").toString()).isEqualTo("1979-11-03");
        assertThat(row.get("phone")).isEqualTo("0914555666");
        assertThat(row.get("email")).isEqualTo("thanhthuy@example.vn");
        assertThat(row.get("assurance_level")).isEqualTo("EID");
        assertThat(row.get("password_hash")).isNull();
        assertThat(jdbc.sql("select r.role from account_role r join account a on a.id = r.account_id"
                + " where a.personal_id = ?").param(personalId).query(String.class).list()).containsExactly("CITIZEN");

        // A second e-ID login of the same person reuses the account.
        HttpClient again = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.ALWAYS).build();
        eidWillAssert(Map.of("personal_id", personalId, "name", "Phan Thị Thanh Thủy"));
        HttpResponse<String> second = again.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/oauth2/authorization/eid")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(second.statusCode()).isIn(200, 404);
        assertThat(jdbc.sql("select count(*) from account where personal_id = ?").param(personalId)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void claimWithoutAValidIdNumberIsRefused() throws Exception {
        long before = jdbc.sql("select count(*) from account").query(Long.class).single();
        eidWillAssert(Map.of("personal_id", "12345", "name", "Không Hợp Lệ"));
        open("/me");
        HttpResponse<String> back = open("/oauth2/authorization/eid");
        assertThat(back.uri().getPath()).isEqualTo("/login");
        assertThat(back.uri().getQuery()).isEqualTo("eidError");
        assertThat(back.body()).contains("data-testid=\"eid-error\"");
        assertThat(jdbc.sql("select count(*) from account").query(Long.class).single()).isEqualTo(before);
    }
}
