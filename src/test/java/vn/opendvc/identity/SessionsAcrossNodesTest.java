package vn.opendvc.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.opendvc.OpenDvcApplication;
import vn.opendvc.testing.ServerTest;

/**
 * Two nodes of the portal on one database, as behind a load balancer: a citizen signs in on one, the other knows them
 * from the same cookie (the session is a row of the database, not a node's memory), and signing out on the second
 * ends the session on the first. The second node is a second application in the same JVM, on its own port.
 */
@ServerTest
class SessionsAcrossNodesTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    static ConfigurableApplicationContext otherNode;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    /** One browser: the cookie jar does not tell the two nodes apart, as it would not behind one host name. */
    private final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void startTheOtherNode() {
        otherNode = new SpringApplicationBuilder(OpenDvcApplication.class)
                .properties("server.port=0", "opendvc.demo=true", "opendvc.payment.reconcile-cron=-",
                        "opendvc.payment.expiry-cron=-")
                .run();
    }

    @AfterAll
    static void stopTheOtherNode() {
        if (otherNode != null) {
            otherNode.close();
        }
    }

    private static int otherPort() {
        return ((WebServerApplicationContext) otherNode).getWebServer().getPort();
    }

    private HttpResponse<String> get(int node, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(int node, String path, String form) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(HttpResponse<String> page) {
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).as("a CSRF token on the page").isTrue();
        return URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
    }

    @Test
    void aCitizenSignedInOnOneNodeIsKnownOnTheOtherAndSigningOutThereEndsIt() throws Exception {
        int first = port;
        int second = otherPort();
        assertThat(get(second, "/me").statusCode()).as("not signed in yet").isEqualTo(302);

        HttpResponse<String> login = post(first, "/login",
                "username=congdan1&password=Demo%40123&_csrf=" + csrf(get(first, "/login")));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        // the cookie keeps the settings of application.yml: SameSite=Lax, not readable by scripts
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("SESSION=").contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = 'congdan1'")
                .query(Long.class).single()).isPositive();

        HttpResponse<String> profile = get(second, "/me");
        assertThat(profile.statusCode()).isEqualTo(200);
        assertThat(profile.body()).contains("data-testid=\"profile-username\">congdan1<");

        HttpResponse<String> logout = post(second, "/logout", "_csrf=" + csrf(profile));
        assertThat(logout.statusCode()).isEqualTo(302);
        HttpResponse<String> afterwards = get(first, "/me");
        assertThat(afterwards.statusCode()).isEqualTo(302);
        assertThat(afterwards.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }
}
