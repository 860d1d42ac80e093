package vn.opendvc.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import vn.opendvc.catalog.Composition;
import vn.opendvc.catalog.ConnectedProcedures;
import vn.opendvc.testing.ApplicationTest;
import vn.opendvc.testing.DossierFixture;
import vn.opendvc.testing.Sessions;

/**
 * An ADMIN opens the connected birth procedure's composition from its catalog page and is told, next to each input,
 * what cannot work — an unknown procedure code or kind of agency, a dependency on a non-member or in a circle, a
 * result taken from a member not depended on, a line that is no mapping — with nothing saved; the API refuses the same
 * as an RFC 9457 problem; nobody else may. (Saving one and submitting under it: {@code AdminDefinedCompositionTest}.)
 */
@ApplicationTest
class CompositionPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ConnectedProcedures connected;
    @Autowired
    DossierFixture fixture;

    long id;
    List<Composition.MemberDefinition> shipped;
    MockHttpSession admin;

    @BeforeEach
    void signIn() throws Exception {
        id = fixture.procedure("2.000986").id();
        shipped = connected.of(id).orElseThrow().definition();
        admin = Sessions.signIn(mvc, "quantri");
    }

    @Test
    void theAdminReachesItFromTheProcedurePageAndSeesTheMembers() throws Exception {
        assertThat(html(get("/procedures/" + id).session(admin))).contains("data-testid=\"composition-link\"")
                .contains(path());
        String page = html(get(path()).session(admin));
        assertThat(page).contains("value=\"1.001193\"", "value=\"1.004222\"", "value=\"1.001939\"")
                .contains("hoTenNguoiYeuCau &lt;- hoTenMe").contains("soGiayKhaiSinh &lt;- 1.001193")
                .contains("name=\"_csrf\"");
        assertThat(html(get("/procedures/" + id).session(Sessions.signIn(mvc, "congdan1"))))
                .doesNotContain("composition-link");
    }

    @Test
    void whatCannotWorkIsShownNextToItsInputAndNothingIsSaved() throws Exception {
        String unknown = html(post(path()).with(csrf()).session(admin)
                .param("members[0].code", "9.999999").param("members[0].agencyKind", "XA")
                .param("members[1].code", "1.001939").param("members[1].agencyKind", "SO_KHONG_CO")
                .param("members[1].dependsOn", "1.004222"));
        assertThat(error(unknown, "members[0].code")).contains("9.999999");
        assertThat(error(unknown, "members[1].agencyKind")).contains("SO_KHONG_CO");
        assertThat(error(unknown, "members[1].dependsOn")).contains("1.004222 không phải thủ tục thành phần");
        assertThat(unknown).contains("data-testid=\"composition-problem\"").contains("value=\"9.999999\"");

        String circle = html(post(path()).with(csrf()).session(admin)
                .param("members[0].code", "1.001193").param("members[0].agencyKind", "XA")
                .param("members[0].dependsOn", "1.001939")
                .param("members[1].code", "1.001939").param("members[1].agencyKind", "BHXH_TINH")
                .param("members[1].dependsOn", "1.001193"));
        assertThat(error(circle, "members[0].dependsOn")).contains("Phụ thuộc vòng tròn: 1.001193 → 1.001939 → 1.001193");

        String notDependedOn = html(post(path()).with(csrf()).session(admin)
                .param("members[0].code", "1.001193").param("members[0].agencyKind", "XA")
                .param("members[1].code", "1.001939").param("members[1].agencyKind", "BHXH_TINH")
                .param("members[1].handOffFields", "soGiayKhaiSinh <- 1.001193"));
        assertThat(error(notDependedOn, "members[1].handOffs")).contains("1.001193 không có trong «Cần kết quả của»");

        String noArrow = html(post(path()).with(csrf()).session(admin)
                .param("members[0].code", "1.001193").param("members[0].agencyKind", "XA")
                .param("members[1].code", "1.001939").param("members[1].agencyKind", "BHXH_TINH")
                .param("members[1].documents", "Tờ khai tham gia bảo hiểm y tế"));
        assertThat(error(noArrow, "members[1].documents")).contains("dòng «Tờ khai tham gia bảo hiểm y tế»");

        assertThat(connected.of(id).orElseThrow().definition()).isEqualTo(shipped);
    }

    @Test
    void theApiRefusesTheSameAsAProblemAndOnlyForAnAdmin() throws Exception {
        String body = """
                {"members": [{"code": "1.001193", "agencyKind": "XA"},
                             {"code": "1.001939", "agencyKind": "BHXH_TINH", "dependsOn": ["1.004222"],
                              "handOffs": [{"from": "1.001193", "field": "soGiayKhaiSinh"}]}]}""";
        MvcResult refused = mvc.perform(put("/api/v1/procedures/" + id + "/composition")
                .header(HttpHeaders.AUTHORIZATION, fixture.token("quantri"))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        assertThat(refused.getResponse().getContentType()).startsWith("application/problem+json");
        JsonNode errors = fixture.body(refused).get("errors");
        assertThat(errors.get("members[1].dependsOn").asString()).contains("1.004222");
        assertThat(errors.get("members[1].handOffs").asString()).contains("1.001193");

        assertThat(mvc.perform(put("/api/v1/procedures/" + id + "/composition")
                .header(HttpHeaders.AUTHORIZATION, fixture.token("congdan1"))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        JsonNode read = fixture.body(mvc.perform(get("/api/v1/procedures/" + id + "/composition")
                .header(HttpHeaders.AUTHORIZATION, fixture.token("congdan1"))).andReturn());
        assertThat(read.get("members")).hasSize(3);
        assertThat(connected.of(id).orElseThrow().definition()).isEqualTo(shipped);
    }

    @Test
    void onlyAnAdminOpensOrChangesIt() throws Exception {
        for (String user : List.of("motcua1", "congdan1")) {
            MockHttpSession other = Sessions.signIn(mvc, user);
            assertThat(mvc.perform(get(path()).session(other)).andReturn().getResponse().getStatus()).isEqualTo(403);
            assertThat(mvc.perform(post(path()).with(csrf()).session(other).param("members[0].code", "1.001193"))
                    .andReturn().getResponse().getStatus()).isEqualTo(403);
        }
        assertThat(connected.of(id).orElseThrow().definition()).isEqualTo(shipped);
    }

    /** The message shown under an input. */
    private static String error(String page, String input) {
        String marker = "data-testid=\"error-" + input + "\"";
        assertThat(page).as(input).contains(marker);
        int at = page.indexOf(marker);
        return page.substring(at, page.indexOf("</p>", at));
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private String path() {
        return "/admin/catalog/procedures/" + id + "/composition";
    }
}
