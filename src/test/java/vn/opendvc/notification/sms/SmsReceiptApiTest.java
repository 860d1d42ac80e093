package vn.opendvc.notification.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import vn.opendvc.notification.sms.SmsDeliveryReceipts.Outcome;

/**
 * The provider's delivery-receipt callback, with Spring MVC alone (the security chain that lets it through is in
 * {@link SmsChannelTest}): the shared secret, the statuses and what each one means, and bad receipts refused with a
 * problem.
 */
class SmsReceiptApiTest {

    private static final String SECRET = "0123456789abcdef-secret";

    record Recorded(String reference, Outcome outcome, String detail) {
    }

    private final List<Recorded> recorded = new ArrayList<>();
    private final SmsDeliveryReceipts outbox = (reference, outcome, detail) ->
            reference.startsWith("ntf-") && recorded.add(new Recorded(reference, outcome, detail));

    /** What the application's problem handler does for a REST controller: problems rendered with the bundles. */
    @RestControllerAdvice
    static class Problems extends ResponseEntityExceptionHandler {
        Problems() {
            ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
            bundles.setBasenames("i18n/web", "i18n/sms");
            bundles.setDefaultEncoding(StandardCharsets.UTF_8.name());
            bundles.setFallbackToSystemLocale(false);
            setMessageSource(bundles);
        }
    }

    private MockMvc mvc(String secret, SmsDeliveryReceipts... receipts) {
        SmsSettings settings = new SmsSettings("", "", "OpenDVC", true, secret, false, false);
        StaticListableBeanFactory beans = new StaticListableBeanFactory(
                receipts.length == 0 ? Map.of() : Map.of("receipts", receipts[0]));
        return MockMvcBuilders.standaloneSetup(new SmsReceiptApi(settings,
                        beans.getBeanProvider(SmsDeliveryReceipts.class)))
                .setControllerAdvice(new Problems()).build();
    }

    private static ResultActions send(MockMvc mvc, String secret, String json) throws Exception {
        var request = post(SmsReceiptApi.PATH).contentType(MediaType.APPLICATION_JSON).content(json)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "vi");
        if (secret != null) {
            request.header(SmsReceiptApi.SECRET_HEADER, secret);
        }
        return mvc.perform(request);
    }

    private static String receipt(String reference, String status) {
        return "{\"clientReference\":\"" + reference + "\",\"status\":\"" + status + "\",\"detail\":\"ok\"}";
    }

    @ParameterizedTest
    @CsvSource({"DELIVERED, DELIVERED", "EXPIRED, TEMPORARY_FAILURE", "FAILED, PERMANENT_FAILURE",
            "REJECTED, PERMANENT_FAILURE", "UNDELIVERABLE, PERMANENT_FAILURE", "delivered, DELIVERED"})
    void aReceiptWithTheSecretIsRecordedWithItsOutcome(String status, Outcome outcome) throws Exception {
        send(mvc(SECRET, outbox), SECRET, receipt("ntf-7", status)).andExpect(status().isNoContent());

        assertThat(recorded).containsExactly(new Recorded("ntf-7", outcome, "ok"));
    }

    @Test
    void withoutTheSecretOrWithAWrongOneNothingIsRecorded() throws Exception {
        for (String secret : new String[] {null, "", "wrong", SECRET + "x", SECRET.substring(1)}) {
            send(mvc(SECRET, outbox), secret, receipt("ntf-7", "DELIVERED"))
                    .andExpect(status().isUnauthorized())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value("urn:opendvc:problem:unauthorized"))
                    .andExpect(jsonPath("$.detail").value("Thiếu hoặc sai khóa xác thực của nhà cung cấp SMS"));
        }
        assertThat(recorded).isEmpty();
    }

    @Test
    void withoutAConfiguredSecretTheCallbackIsOff() throws Exception {
        send(mvc("", outbox), "", receipt("ntf-7", "DELIVERED"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        send(mvc(SECRET), SECRET, receipt("ntf-7", "DELIVERED")).andExpect(status().isNotFound());
        assertThat(recorded).isEmpty();
    }

    @Test
    void anUnknownStatusIsABadRequestNamingTheField() throws Exception {
        send(mvc(SECRET, outbox), SECRET, receipt("ntf-7", "READ"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.status").value(
                        "Trạng thái không hợp lệ, phải là một trong: DELIVERED, FAILED, EXPIRED, REJECTED, UNDELIVERABLE"));
        assertThat(recorded).isEmpty();
    }

    @Test
    void missingOrOverlongFieldsAreABadRequest() throws Exception {
        MockMvc mvc = mvc(SECRET, outbox);
        send(mvc, SECRET, "{}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.clientReference").value("Bắt buộc"))
                .andExpect(jsonPath("$.errors.status").value("Bắt buộc"));
        send(mvc, SECRET, "{\"clientReference\":\"ntf-7\",\"status\":\"FAILED\",\"detail\":\"" + "x".repeat(1001) + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.detail").value("Dài quá 1000 ký tự"));
        send(mvc, SECRET, receipt("ntf-" + "7".repeat(100), "FAILED")).andExpect(status().isBadRequest());
        send(mvc, SECRET, "null").andExpect(status().isBadRequest());
        assertThat(recorded).isEmpty();
    }

    @Test
    void malformedJsonWrongTypesAndNoBodyAreABadRequest() throws Exception {
        MockMvc mvc = mvc(SECRET, outbox);
        for (String body : new String[] {"{\"", "[]", "{\"clientReference\":{},\"status\":\"FAILED\"}", ""}) {
            send(mvc, SECRET, body).andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        mvc.perform(post(SmsReceiptApi.PATH).contentType(MediaType.TEXT_PLAIN).content("x")
                .header(SmsReceiptApi.SECRET_HEADER, SECRET)).andExpect(status().isUnsupportedMediaType());
        assertThat(recorded).isEmpty();
    }

    @Test
    void aReceiptForAnUnknownReferenceIsNotFound() throws Exception {
        send(mvc(SECRET, outbox), SECRET, receipt("other-1", "DELIVERED"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Không tìm thấy tin nhắn SMS 'other-1'"));
    }
}
