package vn.opendvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static vn.opendvc.testing.PackagedApplication.env;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.util.FileSystemUtils;

import tools.jackson.databind.JsonNode;
import vn.opendvc.catalog.Procedure;
import vn.opendvc.testing.DossierFixture;
import vn.opendvc.testing.PackagedApplication;
import vn.opendvc.testing.PortalApi;
import vn.opendvc.testing.PortalApi.Answer;

/**
 * An acknowledged dossier survives a crash: the packaged application takes submissions from several clients through
 * the API (token, draft, the required documents, submit), is killed with SIGKILL in the middle of it, restarted on
 * the same data, and every dossier that was answered 2xx must be there with its code, no code twice. On the embedded
 * H2 database as shipped, once more on H2 with its own default write delay (the setting's cost, side by side), and on
 * PostgreSQL when {@code OPENDVC_TEST_PG_URL} is set. The figures go to {@code target/crash-recovery.md}
 * (copied into {@code bench/RESULTS.md}).
 * <p>
 * {@code -Dopendvc.crash.load-seconds} (default 20) and {@code -Dopendvc.crash.clients} (default 6) change the load.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashRecoveryIT {

    private static final Duration LOAD = Duration.ofSeconds(Long.getLong("opendvc.crash.load-seconds", 20));
    private static final int CLIENTS = Integer.getInteger("opendvc.crash.clients", 6);
    private static final String AGENCY = DossierFixture.HAI_CHAU;
    /** The embedded database as shipped before the fix: H2's default write delay (500 ms). */
    private static final String H2_DEFAULT_DELAY = "jdbc:h2:file:./data/opendvc;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=FALSE";
    private static final Path WORK = Path.of("target", "crash-recovery");
    private static final List<Figures> FIGURES = new ArrayList<>();

    record Acknowledged(long id, String code) {
    }

    /** @param failedAfterRestart new submissions refused after the restart (of {@code CLIENTS} tried) */
    record Figures(String database, int acknowledged, int lost, int duplicates, int refused, double perSecond,
            String loadAverage, List<String> lostOnes, int failedAfterRestart) {
    }

    @BeforeAll
    static void packaged() {
        PackagedApplication.jar();
    }

    @Test
    @Order(1)
    void h2AsShippedLosesNoAcknowledgedDossier() throws Exception {
        Figures figures = crash("H2 file, as shipped (`WRITE_DELAY=0`)", "h2-shipped", env("OPENDVC_DEMO", "true"));
        assertThat(figures.acknowledged()).as("dossiers acknowledged before the kill").isPositive();
        assertThat(figures.lostOnes()).as("acknowledged dossiers lost").isEmpty();
        assertThat(figures.duplicates()).as("codes given twice").isZero();
        assertThat(figures.failedAfterRestart()).as("submissions refused after the restart").isZero();
    }

    @Test
    @Order(2)
    void h2WithItsDefaultWriteDelayForComparison() throws Exception {
        Figures figures = crash("H2 file, H2's default write delay (500 ms, before the fix)", "h2-default-delay",
                env("OPENDVC_DEMO", "true", "OPENDVC_DB_URL", H2_DEFAULT_DELAY));
        // the lost ones are what the setting prevents: measured, not asserted; so are refusals after the restart (once
        // seen: an audit entry stored without its chain head's update, so every audited action hit a duplicate key)
        assertThat(figures.acknowledged()).isPositive();
        assertThat(figures.duplicates()).as("codes given twice").isZero();
    }

    @Test
    @Order(3)
    void postgresqlLosesNoAcknowledgedDossier() throws Exception {
        String url = System.getenv("OPENDVC_TEST_PG_URL");
        assumeTrue(url != null && !url.isBlank(), "OPENDVC_TEST_PG_URL is not set");
        Figures figures = crash("PostgreSQL", "postgresql", env("OPENDVC_DEMO", "true", "OPENDVC_DB_URL", url,
                "OPENDVC_DB_USER", Objects.toString(System.getenv("OPENDVC_TEST_PG_USER"), ""),
                "OPENDVC_DB_PASSWORD", Objects.toString(System.getenv("OPENDVC_TEST_PG_PASSWORD"), "")));
        assertThat(figures.acknowledged()).isPositive();
        assertThat(figures.lostOnes()).as("acknowledged dossiers lost").isEmpty();
        assertThat(figures.duplicates()).as("codes given twice").isZero();
        assertThat(figures.failedAfterRestart()).as("submissions refused after the restart").isZero();
    }

    private Figures crash(String database, String name, Map<String, String> environment) throws Exception {
        Path dir = WORK.resolve(name).toAbsolutePath();
        FileSystemUtils.deleteRecursively(dir);
        ConcurrentLinkedQueue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicInteger refused = new AtomicInteger();
        String loadAverage;
        try (PackagedApplication app = PackagedApplication.start(dir, "before-kill.log", environment)) {
            PortalApi api = new PortalApi(app.base());
            Procedure procedure = procedure(api);
            List<Thread> clients = new ArrayList<>();
            Instant end = Instant.now().plus(LOAD);
            for (int i = 0; i < CLIENTS; i++) {
                clients.add(Thread.ofPlatform().name("client-" + i)
                        .start(() -> submitUntil(end, api, procedure, acknowledged, refused)));
            }
            Thread.sleep(LOAD.toMillis());
            loadAverage = loadAverage();
            app.kill(); // while the clients are still submitting
            for (Thread client : clients) {
                client.join(Duration.ofSeconds(60));
            }
        }
        try (PackagedApplication app = PackagedApplication.start(dir, "after-restart.log", environment)) {
            PortalApi api = new PortalApi(app.base());
            String token = api.token("congdan1", "Demo@123");
            Procedure procedure = procedure(api);
            // new submissions after the restart must go through, and not reuse a code given before the crash
            int failedAfterRestart = 0;
            for (int i = 0; i < CLIENTS; i++) {
                failedAfterRestart += submit(api, token, procedure) == null ? 1 : 0;
            }
            Answer mine = api.get("/api/v1/dossiers", token);
            assertThat(mine.status()).isEqualTo(200);
            Map<Long, String> stored = new HashMap<>();
            List<String> codes = new ArrayList<>();
            for (JsonNode dossier : mine.json()) {
                String code = dossier.get("code").isNull() ? null : dossier.get("code").asString();
                stored.put(dossier.get("id").asLong(), code);
                if (code != null) {
                    codes.add(code);
                }
            }
            List<String> lostOnes = new ArrayList<>(); // said in full: which step of a submission did not survive
            for (Acknowledged a : acknowledged) {
                if (!a.code().equals(stored.get(a.id()))) {
                    Answer now = api.get("/api/v1/dossiers/" + a.id(), token);
                    lostOnes.add(a + " is now " + now.status() + " " + (now.ok() ? now.json().get("status") : ""));
                }
            }
            int lost = lostOnes.size();
            int duplicates = (int) codes.stream().collect(Collectors.groupingBy(c -> c, Collectors.counting()))
                    .values().stream().filter(n -> n > 1).count();
            Figures figures = new Figures(database, acknowledged.size(), lost, duplicates, refused.get(),
                    acknowledged.size() / (double) LOAD.toSeconds(), loadAverage, lostOnes, failedAfterRestart);
            FIGURES.add(figures);
            System.out.println("crash recovery: " + figures);
            return figures;
        }
    }

    private static void submitUntil(Instant end, PortalApi api, Procedure procedure,
            ConcurrentLinkedQueue<Acknowledged> acknowledged, AtomicInteger refused) {
        try {
            String token = api.token("congdan1", "Demo@123");
            while (Instant.now().isBefore(end.plusSeconds(5))) {
                Acknowledged done = submit(api, token, procedure);
                if (done == null) {
                    refused.incrementAndGet();
                } else {
                    acknowledged.add(done);
                }
            }
        } catch (IOException | InterruptedException killed) {
            // the application is gone: what was acknowledged so far is what counts
        }
    }

    /** Draft, required documents, submit; the submitted dossier, or null when any step was refused. */
    private static Acknowledged submit(PortalApi api, String token, Procedure procedure)
            throws IOException, InterruptedException {
        Answer draft = api.postJson("/api/v1/dossiers", token, Map.of("procedureId", procedure.id(),
                "agencyCode", AGENCY, "formData", DossierFixture.validForm(procedure)));
        if (!draft.ok()) {
            return null;
        }
        long id = draft.json().get("id").asLong();
        for (Procedure.RequiredDocument document : procedure.documents()) {
            if (document.required() && !api.postFile("/api/v1/dossiers/" + id + "/files", token,
                    Map.of("document", document.name()), "giay-to.pdf", "application/pdf", DossierFixture.pdf()).ok()) {
                return null;
            }
        }
        Answer submitted = api.post("/api/v1/dossiers/" + id + "/submit", token);
        return submitted.ok() ? new Acknowledged(id, submitted.json().get("code").asString()) : null;
    }

    private static Procedure procedure(PortalApi api) throws IOException, InterruptedException {
        return api.procedure(DossierFixture.BIRTH);
    }

    /** The machine is shared: the 1-minute load average says how much the figures can be trusted. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    @AfterAll
    static void report() throws IOException {
        if (FIGURES.isEmpty()) {
            return;
        }
        StringBuilder md = new StringBuilder("Run of " + LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES) + ", "
                + CLIENTS + " clients, " + LOAD.toSeconds() + " s of load, then SIGKILL and restart:\n\n"
                + "| database | acknowledged (2xx) | lost | codes twice | refused | acknowledged submissions/s"
                + " | load average (1 min) at the kill |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (Figures f : FIGURES) {
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %.1f | %s |%n", f.database(),
                    f.acknowledged(), f.lost(), f.duplicates(), f.refused(), f.perSecond(), f.loadAverage()));
        }
        Files.createDirectories(WORK);
        Files.writeString(WORK.getParent().resolve("crash-recovery.md"), md);
        System.out.println(md);
    }
}
