package vn.opendvc.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A load balancer for tests, JDK only: an HTTP server on a free local port that hands each request to the next node in
 * turn (round robin) and, when that node does not accept the connection, to the next one — what nginx does with
 * {@code proxy_next_upstream error} for a request not yet sent. A request that reached a node whose answer was then
 * lost (the node died while handling it) is answered 502: as with nginx, a POST is never sent a second time by the
 * balancer, the client retries (with its {@code Idempotency-Key}). Bodies are buffered; fine for tests, not for files
 * of hundreds of megabytes.
 */
public final class RoundRobinProxy implements AutoCloseable {

    /** Headers the JDK client sets itself or that belong to one connection only. */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "content-length", "expect", "host", "upgrade",
            "keep-alive", "transfer-encoding", "te", "trailer", "proxy-connection");

    private final List<URI> nodes;
    private final HttpServer server;
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).followRedirects(HttpClient.Redirect.NEVER).build();
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicLongArray answered;
    private final AtomicLongArray inFlight;
    private final AtomicInteger lostAnswers = new AtomicInteger();

    private RoundRobinProxy(List<URI> nodes) throws IOException {
        this.nodes = List.copyOf(nodes);
        this.answered = new AtomicLongArray(nodes.size());
        this.inFlight = new AtomicLongArray(nodes.size());
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 128);
        server.setExecutor(workers);
        server.createContext("/", this::forward);
        server.start();
    }

    /** Starts balancing between {@code nodes} (base addresses such as {@code http://127.0.0.1:8080}). */
    public static RoundRobinProxy start(List<URI> nodes) {
        try {
            return new RoundRobinProxy(nodes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Answers node {@code index} gave (any status), forwarded to the client. */
    public long answered(int index) {
        return answered.get(index);
    }

    /** Requests node {@code index} is handling now. */
    public long inFlight(int index) {
        return inFlight.get(index);
    }

    /** Requests that reached a node and got no answer (answered 502 to the client). */
    public int lostAnswers() {
        return lostAnswers.get();
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            int first = Math.floorMod(next.getAndIncrement(), nodes.size());
            for (int i = 0; i < nodes.size(); i++) {
                int node = (first + i) % nodes.size();
                inFlight.incrementAndGet(node);
                try {
                    HttpResponse<byte[]> response = http.send(request(exchange, nodes.get(node), body),
                            HttpResponse.BodyHandlers.ofByteArray());
                    answered.incrementAndGet(node);
                    respond(exchange, response);
                    return;
                } catch (ConnectException | HttpConnectTimeoutException notListening) {
                    // never reached this node: the next one may take it
                } catch (IOException lost) {
                    lostAnswers.incrementAndGet();
                    exchange.sendResponseHeaders(502, -1);
                    return;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    exchange.sendResponseHeaders(503, -1);
                    return;
                } finally {
                    inFlight.decrementAndGet(node);
                }
            }
            exchange.sendResponseHeaders(502, -1); // no node listens
        }
    }

    private static HttpRequest request(HttpExchange exchange, URI node, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(node.resolve(exchange.getRequestURI().toString()))
                .timeout(Duration.ofSeconds(60))
                .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
                try {
                    values.forEach(value -> request.header(name, value));
                } catch (IllegalArgumentException restricted) {
                    // a header the JDK client refuses to set: the node does without it
                }
            }
        });
        return request.build();
    }

    private static void respond(HttpExchange exchange, HttpResponse<byte[]> response) throws IOException {
        response.headers().map().forEach((name, values) -> {
            if (!name.startsWith(":") && !HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
                exchange.getResponseHeaders().put(name, values);
            }
        });
        byte[] body = response.body();
        exchange.sendResponseHeaders(response.statusCode(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
        http.close();
    }
}
