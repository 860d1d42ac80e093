package vn.opendvc.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.opendvc.testing.DossierFixture;

/** A source system as the tests drive it: registered by quantri, sending records in the national field names. */
final class SyncClient {

    private final MockMvc mvc;
    private final DossierFixture fixture;
    private final JsonMapper json;

    SyncClient(MockMvc mvc, DossierFixture fixture, JsonMapper json) {
        this.mvc = mvc;
        this.fixture = fixture;
        this.json = json;
    }

    /** Registers a system of a unique name for these agencies; its id and key. */
    JsonNode register(String... agencies) throws Exception {
        MockHttpServletResponse issued = mvc.perform(post("/api/v1/sync/systems")
                .header(HttpHeaders.AUTHORIZATION, fixture.token("quantri")).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("name", "Hệ thống một cửa " + System.nanoTime(),
                        "agencies", List.of(agencies))))).andReturn().getResponse();
        assertThat(issued.getStatus()).as(issued.getContentAsString()).isEqualTo(201);
        return json.readTree(issued.getContentAsString(StandardCharsets.UTF_8));
    }

    MockHttpServletResponse send(String key, Object body) throws Exception {
        var request = post("/api/v1/sync/dossiers").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body));
        if (key != null) {
            request.header("X-API-Key", key);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    /** The answers of a batch the API took (200), in the order sent. */
    List<JsonNode> accepted(String key, Object... records) throws Exception {
        MockHttpServletResponse answer = send(key, List.of(records));
        assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(200);
        return json.readTree(answer.getContentAsString(StandardCharsets.UTF_8)).get("results").valueStream()
                .toList();
    }

    /**
     * A record of a birth registration at Hải Châu: received on 23/11/2026 at 09:00, due on 24/11 at 17:00, online;
     * {@code more} adds or replaces fields.
     */
    static Map<String, Object> record(String code, int status, Map<String, Object> more) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("MaHoSo", code);
        r.put("MaTTHC", DossierFixture.BIRTH);
        r.put("TenTTHC", "Đăng ký khai sinh");
        r.put("ChuHoSo", "Phạm Thị Hoa");
        r.put("SoDienThoai", "0905111222");
        r.put("NgayTiepNhan", "20261123090000");
        r.put("NgayHenTra", "20261124170000");
        r.put("TrangThaiHoSo", status);
        r.put("KenhThucHien", 2);
        r.put("DonViXuLy", DossierFixture.HAI_CHAU);
        r.putAll(more);
        return r;
    }
}
