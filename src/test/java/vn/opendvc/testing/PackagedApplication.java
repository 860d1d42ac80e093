package vn.opendvc.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The packaged application ({@code target/opendvc.jar}, built by the {@code package} phase) started as a child
 * process, the way the README runs it: {@code java -jar} in a working directory of its own, so its default H2
 * database lands in {@code <dir>/data}. The child gets none of this JVM's {@code OPENDVC_*} or {@code SPRING_*}
 * variables, only those given. Used by the tests that run in the {@code integration-test} phase ({@code *IT}), where
 * Surefire passes the jar's path as {@code opendvc.packaged.jar}; elsewhere they are skipped.
 */
public final class PackagedApplication implements AutoCloseable {

    /**
     * How long a start may take before the test gives up: 16–21 s on a quiet machine, four and a half minutes seen on
     * 2 cores shared with four other builds (load average 20). {@code -Dopendvc.packaged.start-minutes} changes it.
     */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(Long.getLong("opendvc.packaged.start-minutes", 8));

    private final Process process;
    private final Path log;
    private final URI base;

    private PackagedApplication(Process process, Path log, URI base) {
        this.process = process;
        this.log = log;
        this.base = base;
    }

    /** The jar, or the test is skipped (it runs only after {@code package}). */
    public static Path jar() {
        String jar = System.getProperty("opendvc.packaged.jar");
        assumeTrue(jar != null && Files.isRegularFile(Path.of(jar)),
                "runs in the integration-test phase on the packaged jar (./mvnw verify)");
        return Path.of(jar);
    }

    /**
     * Starts the jar in {@code dir} with the given environment and arguments ({@code --server.port} is added) and
     * returns once it answers {@code /actuator/health} with UP.
     *
     * @throws IllegalStateException when it exits or is not ready in time (its log is in the message)
     */
    public static PackagedApplication start(Path dir, String logName, Map<String, String> environment,
            String... arguments) {
        PackagedApplication app = launch(dir, logName, environment, arguments);
        app.awaitReady();
        return app;
    }

    /** Starts the jar and returns at once; see {@link #awaitExit(Duration)} for a start that must fail. */
    public static PackagedApplication launch(Path dir, String logName, Map<String, String> environment,
            String... arguments) {
        try {
            Files.createDirectories(dir);
            int port = freePort();
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m",
                    "-jar", jar().toString(), "--server.port=" + port));
            command.addAll(List.of(arguments));
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectErrorStream(true).redirectOutput(dir.resolve(logName).toFile());
            builder.environment().keySet().removeIf(k -> k.startsWith("OPENDVC_") || k.startsWith("SPRING_"));
            builder.environment().putAll(environment);
            return new PackagedApplication(builder.start(), dir.resolve(logName), URI.create("http://127.0.0.1:" + port));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application exited with " + process.exitValue() + ":\n" + log());
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(base.resolve("/actuator/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(500);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the application was not ready within " + START_TIMEOUT + ":\n" + log());
    }

    /** Waits for the process to end by itself; its exit code, or -1 when still running after the timeout. */
    public int awaitExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
                    ? process.exitValue() : -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    public URI base() {
        return base;
    }

    public URI uri(String path) {
        return base.resolve(path);
    }

    /** Everything the application printed so far. */
    public String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** SIGKILL on Linux: no shutdown hook, no flush, no clean close of the database. */
    public void kill() {
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(30));
    }

    /** A graceful stop (SIGTERM): Spring closes the context and the database. */
    public void stop() {
        process.destroy();
        if (awaitExit(Duration.ofSeconds(60)) == -1) {
            kill();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    /** Environment variables in a fixed order, for readable test code. */
    public static Map<String, String> env(String... keysAndValues) {
        Map<String, String> env = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            env.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return env;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
