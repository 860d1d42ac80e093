package vn.opendvc.postal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.opendvc.dossier.DossierAction;
import vn.opendvc.dossier.DossierStatus;
import vn.opendvc.postal.internal.Shipment;
import vn.opendvc.postal.internal.SimulatedTracking;
import vn.opendvc.testing.ApplicationTest;
import vn.opendvc.testing.DossierFixture;
import vn.opendvc.testing.Sessions;

/**
 * The delivery section of the citizen's dossier page and the demo's simulated post office, as a browser posts their
 * forms: the choice saved with its postage, a wrong address sent back with what to correct, the parcel moved on at
 * the simulator until the dossier is returned, and no inline script or style anywhere (the strict CSP).
 */
@ApplicationTest
class PostalPagesTest {

    private static final Pattern TAG = Pattern.compile("<[a-zA-Z][^>]*>");
    private static final Pattern INLINE = Pattern.compile("\\son[a-z]+\\s*=|\\sstyle\\s*=|javascript:",
            Pattern.CASE_INSENSITIVE);

    @Autowired
    MockMvc mvc;
    @Autowired
    DossierFixture fixture;
    @Autowired
    SimulatedTracking simulator;

    @Test
    void theCitizenChoosesThePostOnTheDossierPageAndFollowsTheParcelToItsDelivery() throws Exception {
        MockHttpSession citizen = Sessions.signIn(mvc, "congdan1");
        long id = fixture.submitted().id();

        String page = page(citizen, "/me/dossiers/" + id);
        assertThat(page).contains("data-testid=\"postal-delivery\"", "data-testid=\"delivery-form\"",
                "data-testid=\"pickup-form\"", "Phường Sơn Trà, thành phố Đà Nẵng", "25.000", "35.000")
                .contains("data-method=\"NONE\"");

        MvcResult wrong = mvc.perform(post("/me/dossiers/" + id + "/delivery").session(citizen).with(csrf())
                .param("method", "POST").param("recipientName", "Nguyễn Văn An").param("phone", "abc")
                .param("street", "12 Lê Lợi").param("communeCode", "DNG-SONTRA")).andReturn();
        assertThat(wrong.getResponse().getRedirectedUrl()).isEqualTo("/me/dossiers/" + id + "#delivery");
        assertThat(wrong.getFlashMap().get("problem")).isNotNull();
        assertThat(String.valueOf(wrong.getFlashMap().get("fieldErrors"))).as("only the phone is wrong")
                .startsWith("{phone=").doesNotContain("street", "communeCode", "recipientName");

        MvcResult saved = mvc.perform(post("/me/dossiers/" + id + "/delivery").session(citizen).with(csrf())
                .param("method", "POST").param("recipientName", "Nguyễn Văn An").param("phone", "0905123456")
                .param("street", "12 Lê Lợi").param("communeCode", "DNG-SONTRA")).andReturn();
        assertThat(saved.getFlashMap().get("message")).isEqualTo("postal.delivery.saved");
        page = page(citizen, "/me/dossiers/" + id);
        assertThat(page).contains("data-method=\"POST\"", "12 Lê Lợi, Phường Sơn Trà",
                "25.000 đồng, trả cho bưu tá khi nhận kết quả");

        fixture.act("motcua1", id, DossierAction.RECEIVE);
        fixture.act("motcua1", id, DossierAction.FORWARD);
        fixture.act("chuyenvien1", id, DossierAction.FORWARD);
        String code = fixture.act("lanhdao1", id, DossierAction.COMPLETE).code();
        await().atMost(Duration.ofSeconds(20)).until(() -> simulator.orders().stream()
                .anyMatch(o -> o.itemCode().equals(code) && o.carrierOrderId() != null));
        Shipment order = simulator.orders().stream().filter(o -> o.itemCode().equals(code)).findFirst().orElseThrow();

        String post = page(citizen, "/demo/postal");
        assertThat(post).contains("data-item=\"" + code + "\"", order.trackingNumber());
        for (int step = 0; step < 3; step++) {
            MvcResult advanced = mvc.perform(post("/demo/postal/" + order.id() + "/advance").session(citizen)
                    .with(csrf())).andReturn();
            assertThat(advanced.getResponse().getRedirectedUrl()).isEqualTo("/demo/postal");
            assertThat(advanced.getFlashMap().get("message")).isEqualTo("postal.simulator.moved");
        }
        assertThat(fixture.reload(id).status()).isEqualTo(DossierStatus.RESULT_RETURNED);

        page = page(citizen, "/me/dossiers/" + id);
        assertThat(page).contains("data-state=\"DELIVERED\"", "Đã phát thành công", "data-testid=\"delivery-proof\"",
                order.trackingNumber()).doesNotContain("data-testid=\"delivery-form\"");
        assertThat(page(citizen, "/demo/postal")).contains("Đã phát thành công");
    }

    /** The page as the session sees it, checked for what the strict Content-Security-Policy would block. */
    private String page(MockHttpSession session, String path) throws Exception {
        MvcResult result = mvc.perform(get(path).session(session)).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher tags = TAG.matcher(html);
        while (tags.find()) {
            assertThat(INLINE.matcher(tags.group()).find()).as("inline code in %s: %s", path, tags.group()).isFalse();
        }
        assertThat(html).as(path).doesNotContain("<style").doesNotContainPattern("<script(?![^>]*src=)");
        return html;
    }
}
