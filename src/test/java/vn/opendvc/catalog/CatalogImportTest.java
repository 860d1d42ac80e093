package vn.opendvc.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.opendvc.testing.ApplicationTest;

@ApplicationTest
class CatalogImportTest {

    @Autowired
    CatalogImport imports;
    @Autowired
    ProcedureCatalog catalog;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theShippedCatalogHoldsOneEntryPerProcedure() {
        // the 100 of shared/data plus the death → residence removal → funeral allowance connected procedure (no code)
        assertThat(count("configured = true and catalog_key not like '9.9%'")).isEqualTo(101);
        assertThat(count("catalog_key not like '9.9%'")).isEqualTo(5689);
        // a configured procedure replaced its reference entry and kept the reference metadata
        Procedure birth = catalog.findByCode("1.001193").orElseThrow();
        assertThat(birth.configured()).isTrue();
        assertThat(birth.promulgatedBy()).isEqualTo("Bộ Tư pháp");
        assertThat(birth.formFields()).extracting(Procedure.FormField::key).startsWith("hoTenTre", "ngaySinh");
        assertThat(birth.formFields().get(2).options()).containsExactly("Nam", "Nữ");
        assertThat(birth.documents()).hasSize(5);
    }

    @Test
    void importingTheSameFilesAgainChangesNothing() throws IOException {
        long before = count("1 = 1");
        CatalogImport.Report reference = imports.importReference(seed("national-catalog.jsonl"));
        CatalogImport.Report configured = imports.importConfigured(seed("procedures.json"));
        assertThat(reference.inserted() + reference.updated()).isZero();
        assertThat(reference.unchanged()).isEqualTo(5670);
        assertThat(configured.inserted() + configured.updated()).isZero();
        assertThat(configured.unchanged()).isEqualTo(101);
        assertThat(count("1 = 1")).isEqualTo(before);
    }

    @Test
    void aChangedRecordIsUpdatedAndSearchableUnderItsNewName() {
        var first = imports.importConfigured(json(procedure("9.900001", "Cấp thẻ thư viện công cộng", 20000)));
        assertThat(first.inserted()).isEqualTo(1);
        long id = catalog.findByCode("9.900001").orElseThrow().id();

        var second = imports.importConfigured(json(procedure("9.900001", "Cấp lại thẻ bạn đọc thư viện", 30000)));
        assertThat(second.updated()).isEqualTo(1);
        Procedure updated = catalog.findByCode("9.900001").orElseThrow();
        assertThat(updated.id()).isEqualTo(id);
        assertThat(updated.feeVnd()).isEqualTo(30000L);
        assertThat(updated.name()).isEqualTo("Cấp lại thẻ bạn đọc thư viện");
        assertThat(catalog.search(ProcedureQuery.text("the ban doc thu vien")).items().getFirst().id()).isEqualTo(id);

        var third = imports.importConfigured(json(procedure("9.900001", "Cấp lại thẻ bạn đọc thư viện", 30000)));
        assertThat(third.unchanged()).isEqualTo(1);
    }

    @Test
    void aReferenceEntryNeverOverwritesAConfiguredProcedure() {
        imports.importConfigured(json(procedure("9.900002", "Đăng ký hoạt động câu lạc bộ thể thao", 0)));
        imports.importReference(new ByteArrayInputStream("""
                {"code": "9.900002", "name": "Tên cũ trong CSDL quốc gia", "categories": ["Thể dục thể thao"], "departments": ["Ủy ban nhân dân cấp xã"], "promulgatedBy": "Bộ Văn hóa, Thể thao và Du lịch", "targets": ["Tổ chức"], "type": "STANDARD"}
                """.getBytes(StandardCharsets.UTF_8)));
        Procedure p = catalog.findByCode("9.900002").orElseThrow();
        assertThat(p.name()).isEqualTo("Đăng ký hoạt động câu lạc bộ thể thao");
        assertThat(p.configured()).isTrue();
        assertThat(p.promulgatedBy()).isEqualTo("Bộ Văn hóa, Thể thao và Du lịch");
        assertThat(count("code = '9.900002'")).isEqualTo(1);
    }

    @Test
    void aBadFileIsRejectedWholeWithTheReason() {
        long before = count("1 = 1");
        String good = procedure("9.900003", "Thủ tục hợp lệ", 0);
        String bad = procedure("9.900004", "Thủ tục lỗi", 0).replace("\"level\": \"XA\"", "\"level\": \"HUYEN\"");
        assertThatThrownBy(() -> imports.importConfigured(json(good, bad)))
                .isInstanceOf(CatalogImport.InvalidCatalogFile.class)
                .hasMessageContaining("thủ tục thứ 2")
                .hasMessageContaining("HUYEN");
        assertThatThrownBy(() -> imports.importConfigured(new ByteArrayInputStream("not json".getBytes())))
                .isInstanceOf(CatalogImport.InvalidCatalogFile.class);
        assertThatThrownBy(() -> imports.importReference(new ByteArrayInputStream(
                "{\"code\": \"9.900005\", \"name\": \"A\"}\n{broken".getBytes())))
                .isInstanceOf(CatalogImport.InvalidCatalogFile.class)
                .hasMessageContaining("dòng 2");
        assertThat(count("1 = 1")).isEqualTo(before);
        assertThat(catalog.findByCode("9.900003")).isEmpty();
        assertThat(catalog.findByCode("9.900005")).isEmpty();
    }

    private long count(String where) {
        return jdbc.sql("select count(*) from catalog_procedure where " + where).query(Long.class).single();
    }

    private static InputStream seed(String name) throws IOException {
        return new ClassPathResource("seed/" + name).getInputStream();
    }

    private static InputStream json(String... procedures) {
        return new ByteArrayInputStream(("[" + String.join(",", procedures) + "]").getBytes(StandardCharsets.UTF_8));
    }

    private static String procedure(String code, String name, long fee) {
        return """
                {"code": "%s", "name": "%s", "field": "Văn hóa", "level": "XA", "agencyKind": "THU_NGHIEM",
                 "agency": "UBND cấp xã", "processingDays": 2.5, "feeVnd": %d, "feeNote": null,
                 "onlineLevel": "TOAN_TRINH", "documents": [{"name": "Tờ khai", "required": true}],
                 "resultType": "Thẻ", "formFields": [{"key": "hoTen", "label": "Họ tên", "type": "text", "required": true}],
                 "source": "test"}""".formatted(code, name, fee);
    }
}
