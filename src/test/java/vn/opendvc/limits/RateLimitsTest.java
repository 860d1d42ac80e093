package vn.opendvc.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.opendvc.testing.ApplicationTest;

/**
 * Each limit with a small capacity: N requests pass, the next is a 429 with {@code Retry-After}, and another client
 * address (or another dossier code) is counted apart. Every test uses addresses of its own, so the order of the tests
 * does not matter.
 */
@ApplicationTest
@TestPropertySource(properties = {
        "opendvc.limits.login.capacity=3", "opendvc.limits.login.period=PT1H",
        "opendvc.limits.token.capacity=3", "opendvc.limits.token.period=PT1H",
        "opendvc.limits.registration.capacity=2", "opendvc.limits.registration.period=PT1H",
        "opendvc.limits.lookup.capacity=4", "opendvc.limits.lookup.period=PT1H",
        "opendvc.limits.lookup-code.capacity=3", "opendvc.limits.lookup-code.period=PT1H",
        "opendvc.limits.ipn.capacity=3", "opendvc.limits.ipn.period=PT1H",
        "opendvc.limits.sync.capacity=3", "opendvc.limits.sync.period=PT1H",
        "opendvc.limits.open311.capacity=3", "opendvc.limits.open311.period=PT1H",
        "opendvc.limits.feedback.capacity=2", "opendvc.limits.feedback.period=PT1H",
        "opendvc.limits.assistant.capacity=3", "opendvc.limits.assistant.period=PT1H"})
class RateLimitsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void wrongPasswordsOnTheTokenApiAreLimitedPerAddressWithAProblemInTheCallersLanguage() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(status(token("10.0.1.1"))).isEqualTo(401);
        }
        MvcResult limited = mvc.perform(token("10.0.1.1")).andReturn();
        assertTooMany(limited);
        assertThat(limited.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        String body = limited.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(body).contains("urn:opendvc:problem:too-many-requests").contains("Quá nhiều yêu cầu")
                .contains("\"status\":429");
        String english = mvc.perform(token("10.0.1.1").header(HttpHeaders.ACCEPT_LANGUAGE, "en")).andReturn()
                .getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(english).contains("Too many requests");

        assertThat(status(token("10.0.1.2"))).isEqualTo(401);
    }

    @Test
    void open311RequestsAreLimitedPerApiKeyAndPerAddress() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(status(open311("10.0.7.1", "o311_key-a"))).as("an unknown key").isEqualTo(403);
        }
        assertTooMany(mvc.perform(open311("10.0.7.1", "o311_key-a")).andReturn());
        assertTooMany(mvc.perform(open311("10.0.7.2", "o311_key-a")).andReturn());
        assertTooMany(mvc.perform(open311("10.0.7.1", "o311_key-b")).andReturn());
        assertThat(status(open311("10.0.7.3", "o311_key-b"))).isEqualTo(403);
    }

    @Test
    void feedbackIsLimitedPerAddressOnTheFormAndTheApiTogether() throws Exception {
        assertThat(status(post("/api/v1/feedback").with(from("10.0.8.1")).contentType(MediaType.APPLICATION_JSON)
                .content("{}"))).isEqualTo(400);
        assertThat(status(post("/feedback/new").with(from("10.0.8.1")).with(csrf()).param("kind", "suggestion")))
                .isEqualTo(200);
        assertTooMany(mvc.perform(post("/api/v1/feedback").with(from("10.0.8.1"))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andReturn());
        assertThat(status(post("/api/v1/feedback").with(from("10.0.8.2")).contentType(MediaType.APPLICATION_JSON)
                .content("{}"))).isEqualTo(400);
    }

    private MockHttpServletRequestBuilder open311(String address, String key) {
        return post("/open311/v2/requests.json").with(from(address))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("api_key", key)
                .param("service_code", "suggestion");
    }

    @Test
    void formLoginIsLimitedPerAddress() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(status(formLogin("10.0.2.1"))).isEqualTo(302);
        }
        assertTooMany(mvc.perform(formLogin("10.0.2.1")).andReturn());
        assertThat(status(formLogin("10.0.2.2"))).isEqualTo(302);
    }

    @Test
    void registrationIsLimitedPerAddress() throws Exception {
        for (int i = 0; i < 2; i++) {
            assertThat(status(register("10.0.3.1"))).isEqualTo(400);
        }
        assertTooMany(mvc.perform(register("10.0.3.1")).andReturn());
        assertThat(status(register("10.0.3.2"))).isEqualTo(400);
    }

    @Test
    void publicLookupIsLimitedPerAddressWhateverTheCode() throws Exception {
        for (int i = 0; i < 4; i++) {
            assertThat(status(apiLookup("10.0.4.1", "HS-ADDRESS-" + i))).isEqualTo(404);
        }
        assertTooMany(mvc.perform(apiLookup("10.0.4.1", "HS-ADDRESS-9")).andReturn());
        assertThat(status(apiLookup("10.0.4.2", "HS-ADDRESS-9"))).isEqualTo(404);
    }

    @Test
    void publicLookupIsLimitedPerCodeEvenFromManyAddresses() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(status(apiLookup("10.0.5." + i, "HS-GUESSED"))).isEqualTo(404);
        }
        assertTooMany(mvc.perform(apiLookup("10.0.5.9", "HS-GUESSED")).andReturn());
        // the same code in other spellings is the same code
        assertTooMany(mvc.perform(apiLookup("10.0.5.10", " hs-guessed ")).andReturn());
        assertThat(status(apiLookup("10.0.5.9", "HS-OTHER"))).isEqualTo(404);
    }

    @Test
    void theLookupPageIsLimitedToo() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(status(pageLookup("10.0.6." + i, "HS-PAGE"))).isEqualTo(200);
        }
        assertTooMany(mvc.perform(pageLookup("10.0.6.9", "HS-PAGE")).andReturn());
        // the empty form is not a lookup
        for (int i = 0; i < 6; i++) {
            assertThat(status(get("/lookup").with(from("10.0.6.9")))).isEqualTo(200);
        }
    }

    @Test
    void theErrorPageOfAPageOverItsLimitSaysWhenToTryAgain() throws Exception {
        MvcResult limited = mvc.perform(pageLookup("10.0.6.9", "HS-PAGE-ERROR")).andReturn();
        for (int i = 0; i < 3 && limited.getResponse().getStatus() != 429; i++) {
            limited = mvc.perform(pageLookup("10.0.6.9", "HS-PAGE-ERROR")).andReturn();
        }
        assertTooMany(limited);
        // MockMvc does not forward to the error page as the servlet container does: render it as the forward would
        String page = mvc.perform(get("/error").accept(MediaType.TEXT_HTML)
                        .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, 429)
                        .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI, "/lookup")
                        .requestAttr("opendvcRetryAfterSeconds", 42L))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("Vui lòng thử lại sau 42 giây");
    }

    @Test
    void paymentNotificationsAreLimitedPerAddress() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(status(ipn("10.0.7.1"))).isEqualTo(200);
        }
        assertTooMany(mvc.perform(ipn("10.0.7.1")).andReturn());
        assertThat(status(ipn("10.0.7.2"))).isEqualTo(200);
    }

    @Test
    void passwordChangesAreLimitedPerAddressLikeLogins() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(status(passwordChange("10.0.8.1"))).isEqualTo(401);
        }
        assertTooMany(mvc.perform(passwordChange("10.0.8.1")).andReturn());
        assertThat(status(passwordChange("10.0.8.2"))).isEqualTo(401);
    }

    @Test
    void smsDeliveryReceiptsAreLimitedPerAddressLikePaymentNotifications() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(status(smsReceipt("10.0.9.1"))).isNotEqualTo(429);
        }
        assertTooMany(mvc.perform(smsReceipt("10.0.9.1")).andReturn());
        assertThat(status(smsReceipt("10.0.9.2"))).isNotEqualTo(429);
    }

    @Test
    void syncBatchesAreLimitedPerSourceSystemKeyFromWhateverAddress() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(status(syncBatch("key-one", "10.0.10." + i))).isNotEqualTo(429);
        }
        assertTooMany(mvc.perform(syncBatch("key-one", "10.0.10.9")).andReturn());
        assertThat(status(syncBatch("key-two", "10.0.10.9"))).as("another system").isNotEqualTo(429);
    }

    private static MockHttpServletRequestBuilder syncBatch(String key, String address) {
        return post("/api/v1/sync/dossiers").with(from(address)).header("X-API-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content("[]");
    }

    @Test
    void questionsToTheAssistantAreLimitedPerAddressOnTheApiAndThePage() throws Exception {
        for (int i = 0; i < 2; i++) {
            assertThat(status(post("/api/v1/assistant/ask").with(from("10.0.10.1"))
                    .contentType(MediaType.APPLICATION_JSON).content("{\"question\":\"khai sinh\"}"))).isEqualTo(200);
        }
        assertThat(status(post("/assistant").with(from("10.0.10.1")).with(csrf()).param("question", "khai sinh")))
                .isEqualTo(200);
        assertTooMany(mvc.perform(post("/api/v1/assistant/ask").with(from("10.0.10.1"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"question\":\"khai sinh\"}")).andReturn());
        assertThat(status(post("/api/v1/assistant/ask").with(from("10.0.10.2"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"question\":\"khai sinh\"}"))).isEqualTo(200);
    }

    private static MockHttpServletRequestBuilder passwordChange(String address) {
        return post("/api/v1/me/password").with(from(address)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"currentPassword\":\"guess\",\"newPassword\":\"Other@12345\"}");
    }

    private static MockHttpServletRequestBuilder smsReceipt(String address) {
        return post("/api/v1/notifications/sms/delivery-receipts").with(from(address))
                .contentType(MediaType.APPLICATION_JSON).content("{\"clientReference\":\"1\",\"status\":\"DELIVERED\"}");
    }

    private static void assertTooMany(MvcResult result) {
        assertThat(result.getResponse().getStatus()).isEqualTo(429);
        String retryAfter = result.getResponse().getHeader(HttpHeaders.RETRY_AFTER);
        assertThat(retryAfter).isNotNull();
        assertThat(Long.parseLong(retryAfter)).isPositive();
    }

    private int status(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private static MockHttpServletRequestBuilder token(String address) {
        return post("/api/v1/auth/token").with(from(address)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"congdan1\",\"password\":\"wrong-password\"}");
    }

    private static MockHttpServletRequestBuilder formLogin(String address) {
        return post("/login").with(from(address)).with(csrf()).param("username", "congdan1")
                .param("password", "wrong-password");
    }

    private static MockHttpServletRequestBuilder register(String address) {
        // an empty form: the page answers 400 with what is missing, and the attempt still counts
        return post("/register/citizen").with(from(address)).with(csrf());
    }

    private static MockHttpServletRequestBuilder apiLookup(String address, String code) {
        return get("/api/v1/lookup").with(from(address)).param("code", code).param("phoneLast4", "0000");
    }

    private static MockHttpServletRequestBuilder pageLookup(String address, String code) {
        return get("/lookup").with(from(address)).param("code", code).param("phoneLast4", "0000");
    }

    private static MockHttpServletRequestBuilder ipn(String address) {
        return get("/api/v1/payments/vnpay/ipn").with(from(address)).param("vnp_TxnRef", "unknown");
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
