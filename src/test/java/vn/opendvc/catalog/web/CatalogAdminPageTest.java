package vn.opendvc.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.opendvc.catalog.ProcedureCatalog;
import vn.opendvc.testing.ApplicationTest;

/** An ADMIN re-imports a catalog file through the page; nobody else can, and a bad file changes nothing. */
@ApplicationTest
class CatalogAdminPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProcedureCatalog catalog;

    private static MockMultipartFile file(String name, String content) {
        return new MockMultipartFile("file", name, "application/json", content.getBytes(StandardCharsets.UTF_8));
    }

    private static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void reimportingTheShippedFileReportsEverythingUnchanged() throws Exception {
        byte[] agencies = new ClassPathResource("seed/agencies.json").getContentAsByteArray();
        MvcResult result = mvc.perform(multipart("/admin/catalog/import")
                        .file(new MockMultipartFile("file", "agencies.json", "application/json", agencies))
                        .param("kind", "AGENCIES").with(csrf()).with(user("quantri").roles("ADMIN")))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(result)).contains("data-testid=\"import-report\"")
                .contains("Đã nhập: 0 thêm mới, 0 cập nhật, 67 không đổi.");
    }

    @Test
    void anAdminConfiguresAReferenceProcedureByImportingIt() throws Exception {
        String reference = """
                {"code": "9.910001", "name": "Thủ tục thử nghiệm cấp phép biểu diễn", "categories": ["Văn hóa"], "departments": ["Ủy ban nhân dân cấp xã"], "promulgatedBy": "Bộ Văn hóa, Thể thao và Du lịch", "targets": ["Tổ chức"], "type": "STANDARD"}
                """;
        MvcResult first = mvc.perform(multipart("/admin/catalog/import").file(file("n.jsonl", reference))
                        .param("kind", "REFERENCE").with(csrf()).with(user("quantri").roles("ADMIN")))
                .andReturn();
        assertThat(body(first)).contains("Đã nhập: 1 thêm mới, 0 cập nhật, 0 không đổi.");
        long id = catalog.findByCode("9.910001").orElseThrow().id();
        assertThat(catalog.find(id).orElseThrow().configured()).isFalse();

        String procedure = """
                [{"code": "9.910001", "name": "Thủ tục thử nghiệm cấp phép biểu diễn", "field": "Văn hóa",
                  "level": "XA", "agencyKind": "THU_NGHIEM", "agency": "UBND cấp xã", "processingDays": 5,
                  "feeVnd": 0, "onlineLevel": "TOAN_TRINH", "documents": [{"name": "Tờ khai", "required": true}],
                  "resultType": "Giấy phép", "formFields": [], "source": "admin"}]""";
        MvcResult second = mvc.perform(multipart("/admin/catalog/import").file(file("p.json", procedure))
                        .param("kind", "PROCEDURES").with(csrf()).with(user("quantri").roles("ADMIN")))
                .andReturn();
        assertThat(body(second)).contains("Đã nhập: 0 thêm mới, 1 cập nhật, 0 không đổi.");
        assertThat(catalog.find(id).orElseThrow().configured()).isTrue();
        assertThat(catalog.find(id).orElseThrow().processingDays()).isEqualTo(5.0);
    }

    @Test
    void aBadFileIsRefusedWithTheReasonNextToTheFormAndNothingIsWritten() throws Exception {
        long before = jdbc.sql("select count(*) from agency").query(Long.class).single();
        String agencies = """
                [{"code": "TEST-NEW", "name": "Cơ quan thử", "level": "XA", "kind": "XA", "parent": null},
                 {"code": "TEST-ORPHAN", "name": "Cơ quan lạc", "level": "XA", "kind": "XA", "parent": "KHONG-CO"}]""";
        MvcResult result = mvc.perform(multipart("/admin/catalog/import").file(file("a.json", agencies))
                        .param("kind", "AGENCIES").with(csrf()).with(user("quantri").roles("ADMIN")))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(result)).contains("data-testid=\"import-error\"").contains("KHONG-CO");
        assertThat(jdbc.sql("select count(*) from agency").query(Long.class).single()).isEqualTo(before);

        MvcResult empty = mvc.perform(multipart("/admin/catalog/import").param("kind", "PROCEDURES")
                .with(csrf()).with(user("quantri").roles("ADMIN"))).andReturn();
        assertThat(body(empty)).contains("Hãy chọn một tệp.");
    }

    @Test
    void onlyAnAdminMayImport() throws Exception {
        MvcResult citizen = mvc.perform(multipart("/admin/catalog/import").file(file("p.json", "[]"))
                .param("kind", "PROCEDURES").with(csrf()).with(user("congdan1").roles("CITIZEN"))).andReturn();
        assertThat(citizen.getResponse().getStatus()).isEqualTo(403);
        MvcResult anonymous = mvc.perform(get("/admin/catalog")).andReturn();
        assertThat(anonymous.getResponse().getStatus()).isEqualTo(302);
        assertThat(anonymous.getResponse().getRedirectedUrl()).endsWith("/login");
        MvcResult withoutCsrf = mvc.perform(multipart("/admin/catalog/import").file(file("p.json", "[]"))
                .param("kind", "PROCEDURES").with(user("quantri").roles("ADMIN"))).andReturn();
        assertThat(withoutCsrf.getResponse().getStatus()).isEqualTo(403);
    }
}
