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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import vn.opendvc.catalog.ProcedureCatalog;
import vn.opendvc.identity.internal.AccountRegistry;
import vn.opendvc.identity.internal.CitizenRegistration;
import vn.opendvc.prefill.Prefill;
import vn.opendvc.prefill.PrefillRequest;
import vn.opendvc.prefill.PrefillResult;

/**
 * Login with the national e-ID against a real OpenID Connect server (mock-oauth2-server): the whole
 * authorization-code flow, driven by a plain HTTP client that follows redirects and keeps cookies.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(EidLoginTest.LinkedAccounts.class)
@Tag("persistence")
class EidLoginTest {

    static final String PASSWORD = "MatKhau2025";

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
    @Autowired
    AccountRegistry registry;
    @Autowired
    Accounts accounts;
    @Autowired
    Prefill prefill;
    @Autowired
    ProcedureCatalog catalog;

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

    /** A self-registered citizen, as anyone could have made it with this number. */
    private String localAccount(String personalId) {
        String username = Fresh.username("cd");
        registry.register(new CitizenRegistration(username, PASSWORD, "Trần Thị Bích Ngọc", personalId, "1995-09-23",
                "0935678901", "bichngoc@example.vn")).orElseThrow();
        return username;
    }

    @Test
    void existingCitizenIsSignedInByTheIdNumberClaim() throws Exception {
        String personalId = Fresh.personalId();
        String username = localAccount(personalId);
        long before = jdbc.sql("select count(*) from account").query(Long.class).single();
        eidWillAssert(Map.of("personal_id", personalId, "name", "Trần Thị Bích Ngọc"));

        HttpResponse<String> profile = signInWithEid();

        assertThat(profile.body()).contains("data-testid=\"profile-username\">" + username + "<")
                .contains("data-testid=\"nav-account\">Trần Thị Bích Ngọc</a>")
                .contains("Đã xác thực bằng định danh điện tử");
        assertThat(jdbc.sql("select count(*) from account").query(Long.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("select assurance_level from account where username = ?").param(username)
                .query(String.class).single()).isEqualTo("EID");
    }

    private HttpClient newBrowser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.ALWAYS).connectTimeout(Duration.ofSeconds(10)).build();
    }

    private HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    /** Signs in with username and password through the login form; the answer is the page landed on. */
    private HttpResponse<String> formLogin(HttpClient client, String username) throws Exception {
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(send(client, at("/login").GET()).body());
        assertThat(csrf.find()).isTrue();
        String form = "username=" + username + "&password=" + PASSWORD + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        return send(client, at("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private HttpResponse<String> tokenRequest(String username) throws Exception {
        return send(newBrowser(), at("/api/v1/auth/token").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}")));
    }

    private int apiMe(String token) throws Exception {
        return send(newBrowser(), at("/api/v1/me").header("Authorization", "Bearer " + token).GET()).statusCode();
    }

    /**
     * Someone registered the number before its holder: when the holder proves it with the e-ID, the password set by
     * whoever made the account, its sessions and its tokens stop working, and the holder is to be told.
     */
    @Test
    void eidLoginOverALocalAccountRevokesItsPasswordSessionsAndTokens() throws Exception {
        String personalId = Fresh.personalId();
        String username = localAccount(personalId);
        HttpClient squatter = newBrowser();
        assertThat(formLogin(squatter, username).uri().getPath()).isNotEqualTo("/login");
        assertThat(send(squatter, at("/me").GET()).uri().getPath()).isEqualTo("/me");
        HttpResponse<String> issued = tokenRequest(username);
        assertThat(issued.statusCode()).isEqualTo(200);
        Matcher value = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(issued.body());
        assertThat(value.find()).isTrue();
        String token = value.group(1);
        assertThat(apiMe(token)).isEqualTo(200);
        long accountId = jdbc.sql("select id from account where username = ?").param(username).query(Long.class)
                .single();

        eidWillAssert(Map.of("personal_id", personalId, "name", "Trần Thị Bích Ngọc"));
        assertThat(signInWithEid().body()).contains("data-testid=\"profile-username\">" + username + "<");

        var row = jdbc.sql("select password_hash, assurance_level, credentials_changed_at from account where id = ?")
                .param(accountId).query().singleRow();
        assertThat(row.get("password_hash")).isNull();
        assertThat(row.get("assurance_level")).isEqualTo("EID");
        assertThat(row.get("credentials_changed_at")).isNotNull();
        // The old session is signed out, the old token refused, and the password no longer signs in anywhere.
        assertThat(send(squatter, at("/me").GET()).uri().getPath()).isEqualTo("/login");
        assertThat(apiMe(token)).isEqualTo(401);
        assertThat(formLogin(newBrowser(), username).uri().getQuery()).isEqualTo("error");
        assertThat(tokenRequest(username).statusCode()).isEqualTo(401);
        // The e-ID session that proved the number keeps working.
        assertThat(open("/me").uri().getPath()).isEqualTo("/me");
        assertThat(LinkedAccounts.seen).anyMatch(e -> e.accountId() == accountId
                && "0935678901".equals(e.phone()) && "bichngoc@example.vn".equals(e.email()));
    }

    @Test
    void anEidLoginSeesTheNationalRegistry() throws Exception {
        String personalId = Fresh.personalId().substring(0, 3) + "1" + Fresh.personalId().substring(4);
        eidWillAssert(Map.of("personal_id", personalId, "name", "Võ Thị Sáu"));
        signInWithEid();
        CurrentUser user = accounts.findByUsername(personalId).orElseThrow();
        long procedure = catalog.findByCode("2.001195").orElseThrow().id();

        PrefillResult result = prefill.prefill(PrefillRequest.own(procedure, user, null, true)).orElseThrow();

        assertThat(result.nationalLookup()).isEqualTo(PrefillResult.NationalLookup.DONE);
        assertThat(result.values().get("noiThuongTru").verified()).isTrue();
    }

    /** Collects {@link AccountLinkedToEid} as the notification and audit modules will receive it. */
    @TestConfiguration
    static class LinkedAccounts {
        static final List<AccountLinkedToEid> seen = new CopyOnWriteArrayList<>();

        @EventListener
        void on(AccountLinkedToEid event) {
            seen.add(event);
        }
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
