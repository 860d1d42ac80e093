package vn.opendvc.postal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The carrier's side of the wire, with a real HTTP server in the test: the order it receives, and each refusal. */
class HttpCarrierTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Carrier.Order ORDER = new Carrier.Order("DVC-7", "Phường Hải Châu, thành phố Đà Nẵng", null,
            "Phường Hải Châu, thành phố Đà Nẵng", "Nguyễn Văn An", "0905123456",
            "12 Lê Lợi, Phường Sơn Trà, thành phố Đà Nẵng", "DNG-HAICHAU-261123-0001", 25_000, "HCC");

    private HttpServer server;
    private final AtomicReference<Received> received = new AtomicReference<>();
    private volatile int status = 200;
    private volatile String answer = "{\"orderId\":\"VNP-1\",\"trackingNumber\":\"EB123456789VN\"}";
    private volatile Duration answerDelay = Duration.ZERO;

    record Received(String method, String path, String authorization, String contentType, String body) {
    }

    @BeforeEach
    void startCarrier() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/api/orders", this::answer);
        server.start();
    }

    @AfterEach
    void stopCarrier() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        received.set(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("Authorization"),
                exchange.getRequestHeaders().getFirst("Content-Type"),
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
        try {
            Thread.sleep(answerDelay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        byte[] body = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private HttpCarrier carrier() {
        return carrier("http://127.0.0.1:" + server.getAddress().getPort() + "/api/orders");
    }

    private static HttpCarrier carrier(String url) {
        return new HttpCarrier(url, "key-123", Duration.ofSeconds(2), Duration.ofSeconds(2));
    }

    @Test
    void postsTheOrderAsJsonWithTheBearerKeyAndReturnsTheCarriersIds() {
        Carrier.Placed placed = carrier().place(ORDER);

        assertThat(placed).isEqualTo(new Carrier.Placed("VNP-1", "EB123456789VN"));
        Received request = received.get();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/api/orders");
        assertThat(request.authorization()).isEqualTo("Bearer key-123");
        assertThat(request.contentType()).startsWith("application/json");
        JsonNode body = JSON.readTree(request.body());
        assertThat(body.get("senderName").asString()).isEqualTo("Phường Hải Châu, thành phố Đà Nẵng");
        assertThat(body.get("receiverName").asString()).isEqualTo("Nguyễn Văn An");
        assertThat(body.get("receiverPhone").asString()).isEqualTo("0905123456");
        assertThat(body.get("receiverAddress").asString()).isEqualTo("12 Lê Lợi, Phường Sơn Trà, thành phố Đà Nẵng");
        assertThat(body.get("itemCode").asString()).isEqualTo("DNG-HAICHAU-261123-0001");
        assertThat(body.get("codAmount").asLong()).isEqualTo(25_000);
        assertThat(body.get("serviceType").asString()).isEqualTo("HCC");
        assertThat(body.get("clientReference").asString()).isEqualTo("DVC-7");
    }

    @Test
    void aTrackingNumberMayComeLater() {
        answer = "{\"orderId\":\"VNP-2\"}";
        assertThat(carrier().place(ORDER)).isEqualTo(new Carrier.Placed("VNP-2", null));
    }

    @ParameterizedTest(name = "HTTP {0}: permanent {1}")
    @CsvSource({"500, false", "503, false", "408, false", "429, false", "400, true", "401, true", "422, true"})
    void refusalsAreTemporaryOrPermanentByStatus(int refusal, boolean permanent) {
        status = refusal;
        answer = "{\"error\":\"no\",\"receiverPhone\":\"0905123456\"}";
        assertThatThrownBy(() -> carrier().place(ORDER)).isInstanceOfSatisfying(Carrier.CarrierFailure.class, f -> {
            assertThat(f.permanent()).isEqualTo(permanent);
            assertThat(f.getMessage()).contains(String.valueOf(refusal)).doesNotContain("0905123456");
        });
    }

    @Test
    void anAnswerWithoutAnOrderIdOrNotJsonIsPermanent() {
        answer = "{\"trackingNumber\":\"EB1VN\"}";
        assertThatThrownBy(() -> carrier().place(ORDER)).isInstanceOfSatisfying(Carrier.CarrierFailure.class,
                f -> assertThat(f.permanent()).isTrue());
        answer = "<html>ok</html>";
        assertThatThrownBy(() -> carrier().place(ORDER)).isInstanceOfSatisfying(Carrier.CarrierFailure.class,
                f -> assertThat(f.permanent()).isTrue());
    }

    @Test
    void anUnreachableOrSlowCarrierIsTemporary() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        assertThatThrownBy(() -> carrier("http://127.0.0.1:" + closedPort + "/api/orders").place(ORDER))
                .isInstanceOfSatisfying(Carrier.CarrierFailure.class, f -> assertThat(f.permanent()).isFalse());
        answerDelay = Duration.ofSeconds(3);
        assertThatThrownBy(() -> carrier().place(ORDER))
                .isInstanceOfSatisfying(Carrier.CarrierFailure.class, f -> assertThat(f.permanent()).isFalse());
    }
}
