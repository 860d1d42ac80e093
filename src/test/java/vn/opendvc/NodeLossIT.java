package vn.opendvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static vn.opendvc.testing.PackagedApplication.env;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

import vn.opendvc.testing.NodeLossLoad;
import vn.opendvc.testing.PackagedApplication;
import vn.opendvc.testing.RoundRobinProxy;

/**
 * Losing a node loses nothing: two nodes of the packaged application on one PostgreSQL database, with one token secret
 * and one file directory, behind a round-robin balancer ({@link RoundRobinProxy}: JDK only, in this JVM, standing in
 * for the nginx of {@code bench/two-nodes.sh}); citizens' clients submit dossiers through it with an
 * {@code Idempotency-Key} and retry on no answer or a 5xx ({@link NodeLossLoad}); one node is killed with SIGKILL
 * while it is handling requests. Then every acknowledged dossier is there with its code, once; no key wrote twice;
 * fewer than 0.1 % of the requests failed for the client. The figures go to {@code target/node-loss.md}.
 * <p>
 * PostgreSQL only ({@code OPENDVC_TEST_PG_URL}, where the test makes a fresh database of its own next to the given
 * one and drops it afterwards): several nodes need a database server, and H2's file database belongs to one process
 * (its {@code AUTO_SERVER} mode makes the first process the others' server, so that it dies with the first node).
 * {@code -Dopendvc.node-loss.clients} (default 4) and {@code -Dopendvc.node-loss.dossiers} (dossiers acknowledged
 * before the kill and again after it, default 10) change the load.
 */
class NodeLossIT {

    private static final int CLIENTS = Integer.getInteger("opendvc.node-loss.clients", 4);
    private static final int DOSSIERS = Integer.getInteger("opendvc.node-loss.dossiers", 10);
    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final Path WORK = Path.of("target", "node-loss").toAbsolutePath();
    private static final Pattern DATABASE = Pattern.compile("^(jdbc:postgresql://[^/]+/)([^?]+)(.*)$");

    @Test
    void everyAcknowledgedDossierIsThereExactlyOnceAfterANodeIsKilled() throws Exception {
        String url = System.getenv("OPENDVC_TEST_PG_URL");
        assumeTrue(url != null && !url.isBlank(), "two nodes need PostgreSQL: OPENDVC_TEST_PG_URL is not set");
        PackagedApplication.jar();
        String user = Objects.toString(System.getenv("OPENDVC_TEST_PG_USER"), "");
        String password = Objects.toString(System.getenv("OPENDVC_TEST_PG_PASSWORD"), "");
        FileSystemUtils.deleteRecursively(WORK);
        String database = freshDatabase(url, user, password);
        try {
            Map<String, String> environment = env("OPENDVC_DEMO", "true", "OPENDVC_DB_URL", database,
                    "OPENDVC_DB_USER", user, "OPENDVC_DB_PASSWORD", password,
                    "OPENDVC_TOKEN_SECRET", HexFormat.of().formatHex(new SecureRandom().generateSeed(32)),
                    "OPENDVC_STORAGE_DIR", WORK.resolve("files").toString());
            // one after the other: the first start migrates and seeds the database, the second finds it done
            try (PackagedApplication doomed = PackagedApplication.start(WORK.resolve("node-1"), "node.log", environment);
                    PackagedApplication survivor = PackagedApplication.start(WORK.resolve("node-2"), "node.log",
                            environment);
                    RoundRobinProxy proxy = RoundRobinProxy.start(List.of(doomed.base(), survivor.base()))) {
                NodeLossLoad load = new NodeLossLoad(proxy.base(), "congdan1", "Demo@123", CLIENTS).start();
                Instant started = Instant.now();
                await("dossiers acknowledged by both nodes before the kill", () -> load.acknowledged() >= DOSSIERS
                        && proxy.answered(0) > 0 && proxy.answered(1) > 0);
                awaitAtMost(Duration.ofSeconds(10), () -> proxy.inFlight(0) > 0); // best effort: kill it mid-request
                long inFlightAtKill = proxy.inFlight(0);
                doomed.kill();
                int atKill = load.acknowledged();
                await("dossiers acknowledged by the survivor", () -> load.acknowledged() >= atKill + DOSSIERS);
                load.stop(Duration.ofSeconds(90));
                double seconds = Duration.between(started, Instant.now()).toMillis() / 1000.0;
                NodeLossLoad.Figures figures = load.check();
                report(figures, atKill, inFlightAtKill, proxy.lostAnswers(), seconds);

                assertThat(figures.acknowledged()).as("acknowledged dossiers").isGreaterThanOrEqualTo(2 * DOSSIERS);
                assertThat(figures.present()).as("acknowledged dossiers present with their code: " + figures)
                        .isEqualTo(figures.acknowledged());
                assertThat(figures.duplicates()).as("dossiers written twice: " + figures).isZero();
                assertThat(figures.errorRate()).as("share of requests failed for the client: " + figures)
                        .isLessThan(0.001);
                assertThat(keysPerDossier(database, user, password)).as("a dossier with other than one create key"
                        + " and one submit key (dossier id → keys)").isEmpty();
            }
        } finally {
            dropDatabase(url, user, password, database);
        }
    }

    /** Dossiers not reached by exactly two keys: every dossier of the run was created and submitted under a key. */
    private static Map<Long, Integer> keysPerDossier(String url, String user, String password) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select d.id, count(k.dossier_id) from dossier d"
                        + " left join dossier_request_key k on k.dossier_id = d.id where d.code is not null"
                        + " group by d.id having count(k.dossier_id) <> 2")) {
            Map<Long, Integer> odd = new java.util.HashMap<>();
            while (rs.next()) {
                odd.put(rs.getLong(1), rs.getInt(2));
            }
            return odd;
        }
    }

    /** A new, empty database next to the one given, for the two nodes alone. */
    private static String freshDatabase(String url, String user, String password) throws SQLException {
        Matcher m = DATABASE.matcher(url);
        assertThat(m.matches()).as("a jdbc:postgresql://host/database URL: " + url).isTrue();
        String name = m.group(2) + "_nodeloss";
        try (Connection c = DriverManager.getConnection(url, user, password); Statement st = c.createStatement()) {
            st.execute("drop database if exists " + name + " with (force)");
            st.execute("create database " + name);
        }
        return m.group(1) + name + m.group(3);
    }

    private static void dropDatabase(String url, String user, String password, String database) {
        Matcher m = DATABASE.matcher(database);
        try (Connection c = DriverManager.getConnection(url, user, password); Statement st = c.createStatement()) {
            if (m.matches()) {
                st.execute("drop database if exists " + m.group(2) + " with (force)");
            }
        } catch (SQLException e) {
            System.err.println("node loss: could not drop " + database + ": " + e.getMessage());
        }
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        assertThat(awaitAtMost(PATIENCE, condition)).as(what + " within " + PATIENCE).isTrue();
    }

    private static boolean awaitAtMost(Duration patience, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    private static void report(NodeLossLoad.Figures figures, int atKill, long inFlightAtKill, int lostAnswers,
            double seconds) throws IOException {
        String md = String.format(Locale.ROOT, "Run of %s, %d clients through the JDK round-robin proxy, 2 nodes on"
                + " PostgreSQL, node 1 killed (SIGKILL) after %d acknowledged dossiers with %d requests in flight on"
                + " it:%n%n| acknowledged | present | lost | duplicates | requests | retried | answers lost with the"
                + " node (502) | client-visible errors | error rate | seconds |%n| ---: | ---: | ---: | ---: | ---: |"
                + " ---: | ---: | ---: | ---: | ---: |%n| %d | %d | %d | %d | %d | %d | %d | %d | %.3f %% | %.0f |%n",
                LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES), CLIENTS, atKill, inFlightAtKill,
                figures.acknowledged(), figures.present(), figures.acknowledged() - figures.present(),
                figures.duplicates(), figures.requests(), figures.retries(), lostAnswers, figures.errors(),
                100 * figures.errorRate(), seconds);
        Files.createDirectories(WORK);
        Files.writeString(WORK.getParent().resolve("node-loss.md"), md);
        System.out.println(md + "\n" + figures);
    }
}
