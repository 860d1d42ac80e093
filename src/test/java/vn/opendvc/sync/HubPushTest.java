package vn.opendvc.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.json.JsonMapper;
import vn.opendvc.OpenDvcApplication;
import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.DossierAction;
import vn.opendvc.testing.ApplicationTest;
import vn.opendvc.testing.DossierFixture;

/**
 * A province and a hub, two OpenDVC applications on their own databases: the province (this test's context) pushes
 * each status change of its dossiers to the hub (started here, on H2, with a source system registered for Hải Châu).
 * While the hub is down the province keeps working; once the hub is back every change arrives, nothing twice, the hub
 * ending at the province's latest status.
 */
@ApplicationTest
@DirtiesContext // the province's context pushes to a hub that is gone once this class is over
class HubPushTest {

    static final int HUB_PORT = freePort();
    static final String HUB = "http://127.0.0.1:" + HUB_PORT;
    static final JsonMapper JSON = JsonMapper.builder().build();
    static ConfigurableApplicationContext hub;

    @Autowired
    DossierFixture fixture;
    @Autowired
    JdbcClient province;

    @DynamicPropertySource
    static void pointTheProvinceAtTheHub(DynamicPropertyRegistry properties) throws Exception {
        hub = startHub();
        String key = registerProvince();
        properties.add("opendvc.sync.hub.url", () -> HUB + "/api/v1/sync/dossiers");
        properties.add("opendvc.sync.hub.api-key", () -> key);
        properties.add("opendvc.sync.hub.retry-after", () -> "PT1S");
        properties.add("opendvc.sync.hub.retry-check", () -> "PT1S");
    }

    @AfterAll
    static void stopTheHub() {
        if (hub != null) {
            hub.close();
        }
    }

    @Test
    void everyChangeReachesTheHubOnceEvenAfterTheHubWasDown() {
        Dossier received = fixture.act("motcua1", fixture.submitted().id(), DossierAction.RECEIVE);
        awaitAtTheHub(received.code(), 2);

        hub.close();
        fixture.act("motcua1", received.id(), DossierAction.FORWARD);
        fixture.act("chuyenvien1", received.id(), DossierAction.FORWARD);
        Dossier done = fixture.act("lanhdao1", received.id(), DossierAction.COMPLETE);
        assertThat(done.status().code()).as("the province works on without the hub").isEqualTo(9);

        hub = startHub();
        awaitAtTheHub(received.code(), 9);
        Dossier returned = fixture.act("motcua1", received.id(), DossierAction.DELIVER);
        awaitAtTheHub(returned.code(), 10);

        JdbcClient hubDb = hub.getBean(JdbcClient.class);
        assertThat(hubDb.sql("select count(*) from synced_dossier where code = ?").param(returned.code())
                .query(Integer.class).single()).isEqualTo(1);
        long syncedId = hubDb.sql("select id from synced_dossier where code = ?").param(returned.code())
                .query(Long.class).single();
        await().atMost(Duration.ofSeconds(20)).until(() -> hubDb.sql(
                "select count(*) from indicator_dossier where dossier_id = ? and delivered_at is not null")
                .param(-syncedId).query(Integer.class).single() == 1);
        assertThat(hubDb.sql("select count(*) from indicator_counter where metric = 'submitted' and counted > 1"
                + " and agency_code = ?").param(DossierFixture.HAI_CHAU).query(Integer.class).single())
                .as("counted once at the hub").isZero();
    }

    private void awaitAtTheHub(String code, int status) {
        try {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> hub.getBean(
                    JdbcClient.class).sql("select status from synced_dossier where code = ?").param(code)
                    .query(Integer.class).optional().orElse(0) == status);
        } catch (org.awaitility.core.ConditionTimeoutException late) {
            throw new AssertionError("dossier " + code + " never reached status " + status + " at the hub; pushed: "
                    + province.sql("select * from sync_push where code = ?").param(code).query().listOfRows()
                    + "; hub batches: " + hub.getBean(JdbcClient.class).sql("select * from sync_batch").query()
                            .listOfRows(), late);
        }
    }

    private static ConfigurableApplicationContext startHub() {
        // command-line arguments: above the test run's system properties (the province's database and files)
        return new SpringApplicationBuilder(OpenDvcApplication.class).run(
                "--server.port=" + HUB_PORT,
                "--spring.datasource.url=jdbc:h2:mem:opendvc-hub;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "--spring.datasource.username=sa", "--spring.datasource.password=",
                "--spring.datasource.hikari.pool-name=hub", "--spring.jmx.enabled=false",
                "--opendvc.storage.directory=target/hub-files", "--opendvc.public-url=" + HUB + "/",
                "--opendvc.sync.hub.url=");
    }

    /** quantri registers the province's system at the hub for Hải Châu; the key the province pushes with. */
    private static String registerProvince() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        String token = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(HUB + "/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"quantri\",\"password\":\"Demo@123\"}"))
                .build(), HttpResponse.BodyHandlers.ofString()).body()).get("access_token").asString();
        HttpResponse<String> issued = http.send(HttpRequest.newBuilder(URI.create(HUB + "/api/v1/sync/systems"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Một cửa tỉnh Đà Nẵng\",\"agencies\":[\""
                        + DossierFixture.HAI_CHAU + "\"]}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        return JSON.readTree(issued.body()).get("apiKey").asString();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
