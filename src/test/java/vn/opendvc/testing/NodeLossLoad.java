package vn.opendvc.testing;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import vn.opendvc.catalog.Procedure;
import vn.opendvc.testing.PortalApi.Answer;

/**
 * Citizens' apps submitting dossiers through a load balancer while nodes die: each client signs in, then, again and
 * again, creates a draft, attaches the required documents and submits it, creating and submitting under an
 * {@code Idempotency-Key} of its own and retrying every request that got no answer or a 5xx (the same key each
 * time). A request still failing after {@value #ATTEMPTS} tries, or refused with a 4xx, is an error the citizen would
 * see. {@link #check()} then reads the applicant's dossiers and counts the acknowledged ones present, lost and written
 * twice. Used by {@code NodeLossIT} and, through {@link #main}, by {@code bench/two-nodes.sh}.
 */
public final class NodeLossLoad {

    /** Tries of one request: about ten seconds of retries, longer than a balancer needs to drop a dead node. */
    static final int ATTEMPTS = 12;

    /**
     * What a run came to.
     *
     * @param acknowledged dossiers whose submission was answered 2xx
     * @param present      of those, the ones the portal shows afterwards with the code the client was given
     * @param duplicates   codes shown twice, plus dossiers written that no client was ever answered with (a retried
     *                     create written a second time would be one)
     * @param requests     requests the clients meant to make (a retried request counts once)
     * @param retries      tries repeated after no answer or a 5xx
     * @param errors       requests that failed for the client (refused, or still failing after every try)
     */
    public record Figures(int acknowledged, int present, int duplicates, long requests, long retries, int errors,
            List<String> errorSamples) {

        public double errorRate() {
            return requests == 0 ? 0 : errors / (double) requests;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "acknowledged %d, present %d, lost %d, duplicates %d, requests %d,"
                    + " retried %d, client-visible errors %d (%.3f %%)%s", acknowledged, present,
                    acknowledged - present, duplicates, requests, retries, errors, 100 * errorRate(),
                    errorSamples.isEmpty() ? "" : ", first errors: " + errorSamples);
        }
    }

    private record Acknowledged(long id, String code) {
    }

    /** A request that may be tried again. */
    private interface Call {
        Answer send() throws IOException, InterruptedException;
    }

    private final PortalApi api;
    private final String username;
    private final String password;
    private final int clients;
    private final Procedure procedure;
    private final Set<Long> before;
    private final ConcurrentLinkedQueue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
    private final Set<Long> answeredDrafts = ConcurrentHashMap.newKeySet();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicInteger errors = new AtomicInteger();
    private final ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean stopping;

    /** Ready to load {@code base} as the demo citizen {@code username}; reads the procedure and the dossiers so far. */
    public NodeLossLoad(URI base, String username, String password, int clients)
            throws IOException, InterruptedException {
        this.api = new PortalApi(base);
        this.username = username;
        this.password = password;
        this.clients = clients;
        this.procedure = api.procedure(DossierFixture.BIRTH);
        this.before = stored(signIn()).keySet();
    }

    /** Starts the clients; they submit until {@link #stop}. */
    public NodeLossLoad start() {
        for (int i = 0; i < clients; i++) {
            threads.add(Thread.ofPlatform().name("citizen-" + i).start(this::submitUntilStopped));
        }
        return this;
    }

    public int acknowledged() {
        return acknowledged.size();
    }

    /** Lets each client finish the dossier it is on, then waits for them. */
    public void stop(Duration patience) throws InterruptedException {
        stopping = true;
        Instant deadline = Instant.now().plus(patience);
        for (Thread thread : threads) {
            thread.join(Duration.between(Instant.now(), deadline).isNegative() ? Duration.ofMillis(1)
                    : Duration.between(Instant.now(), deadline));
        }
    }

    /** The applicant's dossiers as the portal shows them now, against what the clients were answered. */
    public Figures check() throws IOException, InterruptedException {
        Map<Long, String> stored = stored(signIn());
        int present = (int) acknowledged.stream().filter(a -> a.code().equals(stored.get(a.id()))).count();
        long codesTwice = stored.values().stream().filter(code -> code != null)
                .collect(Collectors.groupingBy(code -> code, Collectors.counting())).values().stream()
                .filter(n -> n > 1).count();
        Set<Long> unanswered = new HashSet<>(stored.keySet());
        unanswered.removeAll(before);
        unanswered.removeAll(answeredDrafts);
        return new Figures(acknowledged.size(), present, (int) codesTwice + unanswered.size(), requests.get(),
                retries.get(), errors.get(), List.copyOf(errorSamples));
    }

    private void submitUntilStopped() {
        try {
            String token = signIn();
            while (!stopping) {
                submitOne(token);
            }
        } catch (IOException | RuntimeException e) {
            error("client stopped: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Draft, required documents, submission; stops at the first request that fails for good. */
    private void submitOne(String token) throws IOException, InterruptedException {
        Map<String, Object> draft = Map.of("procedureId", procedure.id(), "agencyCode", DossierFixture.HAI_CHAU,
                "formData", DossierFixture.validForm(procedure));
        String createKey = UUID.randomUUID().toString();
        Answer created = call("create", () -> api.postJson("/api/v1/dossiers", token, draft, createKey));
        if (created == null) {
            return;
        }
        long id = created.json().get("id").asLong();
        answeredDrafts.add(id);
        for (Procedure.RequiredDocument document : procedure.documents()) {
            if (document.required() && call("attach", () -> api.postFile("/api/v1/dossiers/" + id + "/files", token,
                    Map.of("document", document.name()), "giay-to.pdf", "application/pdf", DossierFixture.pdf()))
                    == null) {
                return;
            }
        }
        String submitKey = UUID.randomUUID().toString();
        Answer submitted = call("submit", () -> api.post("/api/v1/dossiers/" + id + "/submit", token, submitKey));
        if (submitted != null) {
            acknowledged.add(new Acknowledged(id, submitted.json().get("code").asString()));
        }
    }

    /** The answer, tried again on no answer or a 5xx; {@code null} (and an error counted) when it failed for good. */
    private Answer call(String what, Call call) throws InterruptedException {
        requests.incrementAndGet();
        String last = "";
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            if (attempt > 1) {
                retries.incrementAndGet();
                Thread.sleep(Math.min(1000, 100L * attempt));
            }
            try {
                Answer answer = call.send();
                if (answer.ok()) {
                    return answer;
                }
                last = answer.status() + " " + answer.body();
                if (answer.status() < 500) {
                    break; // refused: trying again would not change it
                }
            } catch (IOException noAnswer) {
                last = noAnswer.toString();
            }
        }
        error(what + ": " + last);
        return null;
    }

    private void error(String description) {
        errors.incrementAndGet();
        if (errorSamples.size() < 5) {
            errorSamples.add(description.length() > 300 ? description.substring(0, 300) : description);
        }
    }

    private String signIn() throws IOException, InterruptedException {
        Answer answer = call("token", () -> api.tokenAnswer(username, password));
        if (answer == null) {
            throw new IOException("cannot sign in as " + username + ": " + errorSamples);
        }
        return "Bearer " + answer.json().get("access_token").asString();
    }

    private Map<Long, String> stored(String token) throws IOException, InterruptedException {
        Answer mine = call("list", () -> api.get("/api/v1/dossiers", token));
        if (mine == null) {
            throw new IOException("cannot list the dossiers: " + errorSamples);
        }
        Map<Long, String> stored = new HashMap<>();
        for (JsonNode dossier : mine.json()) {
            stored.put(dossier.get("id").asLong(), dossier.get("code").isNull() ? null : dossier.get("code").asString());
        }
        return stored;
    }

    /**
     * Loads a running portal for a while and prints the figures: {@code --base=http://127.0.0.1:8080 --clients=4
     * --seconds=60 --user=congdan1 --password=Demo@123}. Whatever kills nodes meanwhile is up to the caller.
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            options.put(pair[0], pair.length > 1 ? pair[1] : "");
        }
        NodeLossLoad load = new NodeLossLoad(URI.create(options.getOrDefault("base", "http://127.0.0.1:8080")),
                options.getOrDefault("user", "congdan1"), options.getOrDefault("password", "Demo@123"),
                Integer.parseInt(options.getOrDefault("clients", "4")));
        Instant started = Instant.now();
        load.start();
        Thread.sleep(Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "60"))));
        load.stop(Duration.ofSeconds(60));
        double seconds = Duration.between(started, Instant.now()).toMillis() / 1000.0;
        Figures figures = load.check();
        System.out.printf(Locale.ROOT, "%s in %.0f s (%.1f acknowledged dossiers/s)%n", figures, seconds,
                figures.acknowledged() / seconds);
        System.exit(figures.acknowledged() == figures.present() && figures.duplicates() == 0
                && figures.errorRate() < 0.001 ? 0 : 1);
    }
}
