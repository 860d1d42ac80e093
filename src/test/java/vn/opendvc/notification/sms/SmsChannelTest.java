package vn.opendvc.notification.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import vn.opendvc.testing.ApplicationTest;
import vn.opendvc.testing.Sessions;

/**
 * The SMS channel in the whole (demo) application: the simulator is the gateway, its page is for signed-in users, and
 * the provider's callback gets through security without login or CSRF token (here it answers that it is off, as no
 * secret is configured) while the rest of the API stays closed.
 */
@ApplicationTest
class SmsChannelTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectProvider<SmsGateway> gateway;

    @Test
    void theDemoSendsThroughTheSimulator() {
        assertThat(gateway.getIfAvailable()).isInstanceOf(SmsSimulator.class);
    }

    @Test
    void theDeliveryReceiptCallbackNeedsNoLoginAndNoCsrfToken() throws Exception {
        mvc.perform(post(SmsReceiptApi.PATH).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"clientReference\":\"ntf-1\",\"status\":\"DELIVERED\"}"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:opendvc:problem:not-found"));
        mvc.perform(post("/api/v1/notifications/sms/other").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
    }

    /** Described in the OpenAPI document, so the malformed-request checks of every operation cover it too. */
    @Test
    void theCallbackIsInTheApiDocument() throws Exception {
        String operation = "$.paths['" + SmsReceiptApi.PATH + "'].post";
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath(operation + ".parameters[0].name").value(SmsReceiptApi.SECRET_HEADER))
                .andExpect(jsonPath(operation + ".requestBody.required").value(true))
                .andExpect(jsonPath("$.components.schemas.SmsDeliveryReceipt.required")
                        .value(contains("clientReference", "status")));
    }

    @Test
    void theSimulatorPageShowsTheTextsToSignedInUsersWithTheNumberMasked() throws Exception {
        String reference = "ntf-page-" + System.nanoTime();
        gateway.getObject().send(new SmsMessage("0905 987 321", "Hồ sơ " + reference + " đã được tiếp nhận", reference));

        mvc.perform(get(SmsSimulatorPage.PATH)).andExpect(status().is3xxRedirection());
        String page = mvc.perform(get(SmsSimulatorPage.PATH).session(Sessions.signIn(mvc, "congdan1")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Ho so " + reference + " da duoc tiep nhan")
                .contains("+••••••••321")
                .doesNotContain("905987321");
    }
}
