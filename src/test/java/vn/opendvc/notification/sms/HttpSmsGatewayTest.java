package vn.opendvc.notification.sms;

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

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.json.JsonMapper;

/** The provider's side of the wire, with a real HTTP server in the test: what it receives, and each kind of refusal. */
class HttpSmsGatewayTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SmsMessage MESSAGE = new SmsMessage("+84905123456",
            "Hồ sơ của bạn đã được tiếp nhận. Đà Nẵng", "ntf-42");

    private HttpServer provider;
    private final AtomicReference<Received> received = new AtomicReference<>();
    private volatile int status = 200;
    private volatile String answer = "{\"messageId\":\"prov-1\"}";
    private volatile Duration answerDelay = Duration.ZERO;

    record Received(String method, String path, String authorization, String contentType, String body) {
    }

    @BeforeEach
    void startProvider() throws IOException {
        provider = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        provider.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        provider.createContext("/v1/sms", this::answer);
        provider.start();
    }

    @AfterEach
    void stopProvider() {
        provider.stop(0);
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

    private HttpSmsGateway gateway(boolean asciiOnly) {
        return gateway("http://127.0.0.1:" + provider.getAddress().getPort() + "/v1/sms", asciiOnly);
    }

    private static HttpSmsGateway gateway(String url, boolean asciiOnly) {
        return new HttpSmsGateway(url, "key-123", "OpenDVC", asciiOnly, Duration.ofSeconds(2),
                Duration.ofMillis(500));
    }

    @Test
    void postsTheAgreedJsonWithTheBearerKeyAndReturnsTheProvidersId() {
        assertThat(gateway(true).send(MESSAGE)).isEqualTo("prov-1");

        Received request = received.get();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v1/sms");
        assertThat(request.authorization()).isEqualTo("Bearer key-123");
        assertThat(request.contentType()).startsWith("application/json");
        assertThat(JSON.readTree(request.body())).isEqualTo(JSON.readTree("""
                {"sender": "OpenDVC", "phone": "+84905123456",
                 "text": "Ho so cua ban da duoc tiep nhan. Da Nang", "clientReference": "ntf-42"}"""));
    }

    @Test
    void withoutAsciiOnlyTheDiacriticsGoOutAsTheyAre() {
        gateway(false).send(new SmsMessage("0905 123 456", "Đà Nẵng", "ntf-43"));

        assertThat(JSON.readTree(received.get().body()).get("text").asString()).isEqualTo("Đà Nẵng");
        assertThat(JSON.readTree(received.get().body()).get("phone").asString()).isEqualTo("+84905123456");
    }

    @Test
    void aServerErrorIsWorthRetrying() {
        status = 500;
        answer = "{\"error\":\"busy\"}";
        assertThatThrownBy(() -> gateway(true).send(MESSAGE)).isInstanceOfSatisfying(SmsFailure.class,
                failure -> assertThat(failure.permanent()).isFalse());
    }

    @Test
    void tooManyRequestsAndRequestTimeoutAreWorthRetrying() {
        for (int refused : new int[] {408, 429, 503}) {
            status = refused;
            assertThatThrownBy(() -> gateway(true).send(MESSAGE)).as("HTTP " + refused)
                    .isInstanceOfSatisfying(SmsFailure.class, failure -> assertThat(failure.permanent()).isFalse());
        }
    }

    /** A provider's error body may repeat the number and the text: neither goes into the failure. */
    @Test
    void aBadRequestIsPermanentAndTheFailureSaysNothingPersonal() {
        status = 400;
        answer = "{\"error\":\"invalid phone +84905123456 for text Ho so cua ban\"}";
        assertThatThrownBy(() -> gateway(true).send(MESSAGE)).isInstanceOfSatisfying(SmsFailure.class, failure -> {
            assertThat(failure.permanent()).isTrue();
            assertThat(failure.getMessage()).contains("400").doesNotContain("905123456").doesNotContain("Ho so");
            assertThat(failure.getCause()).isNull();
        });
    }

    @Test
    void aSuccessWithoutAMessageIdIsAPermanentFailure() {
        answer = "{\"ok\":true}";
        assertThatThrownBy(() -> gateway(true).send(MESSAGE)).isInstanceOfSatisfying(SmsFailure.class,
                failure -> assertThat(failure.permanent()).isTrue());
    }

    @Test
    void aRefusedConnectionIsWorthRetrying() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        assertThatThrownBy(() -> gateway("http://127.0.0.1:" + closedPort + "/v1/sms", true).send(MESSAGE))
                .isInstanceOfSatisfying(SmsFailure.class, failure -> assertThat(failure.permanent()).isFalse());
    }

    @Test
    void aProviderTooSlowToAnswerIsWorthRetrying() {
        answerDelay = Duration.ofSeconds(2);
        assertThatThrownBy(() -> gateway(true).send(MESSAGE)).isInstanceOfSatisfying(SmsFailure.class,
                failure -> assertThat(failure.permanent()).isFalse());
    }

    @Test
    void aNumberThatIsNotVietnameseIsRefusedWithoutCallingTheProvider() {
        assertThatThrownBy(() -> gateway(true).send(new SmsMessage("+1 202 555 0100", "x", "ntf-44")))
                .isInstanceOfSatisfying(SmsFailure.class, failure -> assertThat(failure.permanent()).isTrue());
        assertThat(received.get()).isNull();
    }
}
