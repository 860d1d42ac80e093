package vn.opendvc.workflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.opendvc.catalog.ProcedureCatalog;
import vn.opendvc.identity.Role;
import vn.opendvc.testing.ApplicationTest;
import vn.opendvc.workflow.ProcessingStep;
import vn.opendvc.workflow.ProcessingSteps;
import vn.opendvc.workflow.StepChange;

/** An ADMIN edits a procedure's steps in the page; bad input shows the problems and saves nothing; nobody else may. */
@ApplicationTest
class WorkflowAdminPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ProcessingSteps steps;
    @Autowired
    ProcedureCatalog catalog;
    @Autowired
    JdbcClient jdbc;

    long procedure;

    static final RequestPostProcessor ADMIN = user("quantri").roles("ADMIN");

    @BeforeEach
    void procedure() {
        procedure = catalog.findByCode("1.004222").orElseThrow().id(); // Đăng ký thường trú, 7 days
        cleanUp();
    }

    @AfterEach
    void cleanUp() {
        jdbc.sql("delete from workflow_step where procedure_id = ?").param(procedure).update();
        jdbc.sql("delete from workflow_step_change where procedure_id = ?").param(procedure).update();
    }

    private static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpServletRequestBuilder form(String op, String[]... rows) {
        MockHttpServletRequestBuilder request = post("/admin/workflow/" + procedure).param("op", op);
        for (String[] row : rows) {
            request.param("name", row[0]).param("role", row[1]).param("share", row[2]);
        }
        return request;
    }

    static String[] row(String name, String role, String share) {
        return new String[] {name, role, share};
    }

    @Test
    void theEditorShowsTheDefaultStepsWithTheirTime() throws Exception {
        MvcResult result = mvc.perform(get("/admin/workflow/" + procedure).with(ADMIN)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(result)).contains("Đăng ký thường trú", "data-testid=\"default-badge\"",
                "value=\"Tiếp nhận hồ sơ\"", "value=\"Thẩm định, xử lý hồ sơ\"", "value=\"Phê duyệt, ký kết quả\"",
                "value=\"Trả kết quả\"", "≈ 4.2 ngày làm việc", "name=\"_csrf\"", "Chưa có thay đổi.");
        MvcResult english = mvc.perform(get("/admin/workflow/" + procedure).param("lang", "en").with(ADMIN)).andReturn();
        assertThat(body(english)).contains("Internal processing steps", "Default steps", "≈ 4.2 working days");
    }

    @Test
    void anAdminSavesStepsWhichAreAuditedAndListed() throws Exception {
        MvcResult saved = mvc.perform(form("save",
                        row("Tiếp nhận hồ sơ", "RECEIVER", "10"),
                        row("Xác minh nơi cư trú, thẩm định", "SPECIALIST", "70"),
                        row("Phê duyệt", "LEADER", "10"),
                        row("Trả kết quả", "RECEIVER", "10"))
                .with(csrf()).with(ADMIN)).andReturn();
        assertThat(saved.getResponse().getStatus()).isEqualTo(302);
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/admin/workflow/" + procedure);

        assertThat(steps.of(procedure)).containsExactly(
                new ProcessingStep(1, "Tiếp nhận hồ sơ", Role.RECEIVER, 10),
                new ProcessingStep(2, "Xác minh nơi cư trú, thẩm định", Role.SPECIALIST, 70),
                new ProcessingStep(3, "Phê duyệt", Role.LEADER, 10),
                new ProcessingStep(4, "Trả kết quả", Role.RECEIVER, 10));
        StepChange change = steps.changes(procedure).getFirst();
        assertThat(change.changedBy()).isEqualTo("quantri");
        assertThat(change.action()).isEqualTo("REPLACED");

        String page = body(mvc.perform(get("/admin/workflow/" + procedure).with(ADMIN)).andReturn());
        assertThat(page).contains("Quy trình riêng", "data-testid=\"history\"", "Cập nhật quy trình",
                "Xác minh nơi cư trú, thẩm định — Chuyên viên — 70%", "quantri");
        assertThat(body(mvc.perform(get("/admin/workflow").with(ADMIN)).andReturn()))
                .contains("data-testid=\"configured\"", "Đăng ký thường trú", "sửa bởi quantri");

        MvcResult reset = mvc.perform(post("/admin/workflow/" + procedure + "/reset").with(csrf()).with(ADMIN)).andReturn();
        assertThat(reset.getResponse().getStatus()).isEqualTo(302);
        assertThat(steps.isDefault(procedure)).isTrue();
        assertThat(steps.changes(procedure)).extracting(StepChange::action).containsExactly("RESET", "REPLACED");
    }

    @Test
    void badInputShowsEveryProblemNextToItsFieldKeepsWhatWasTypedAndSavesNothing() throws Exception {
        MvcResult result = mvc.perform(form("save",
                        row("   ", "RECEIVER", "10"),
                        row("Thẩm định", "SPECIALIST", "mười"),
                        row("Ký, đóng dấu", "LEADER", "20"))
                .with(csrf()).with(ADMIN)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        String page = body(result);
        assertThat(page).contains("data-testid=\"errors\"", "Chưa lưu: có 3 lỗi cần sửa.",
                "Bước 1: tên bước không được để trống.",
                "Bước 2: tỷ lệ thời gian phải là số nguyên từ 0 đến 100.",
                "Bước cuối cùng (trả kết quả) phải do bộ phận tiếp nhận (RECEIVER) thực hiện.",
                "value=\"mười\"", "value=\"Ký, đóng dấu\"");
        assertThat(page.indexOf("Bước 1: tên bước không được để trống."))
                .as("the error sits next to its field, after the first name input")
                .isGreaterThan(page.indexOf("id=\"name0\"")).isLessThan(page.indexOf("id=\"role0\""));
        assertThat(steps.isDefault(procedure)).isTrue();
        assertThat(steps.changes(procedure)).isEmpty();

        MvcResult sum = mvc.perform(form("save",
                        row("Tiếp nhận", "RECEIVER", "10"), row("Trả kết quả", "RECEIVER", "10"))
                .param("lang", "en").with(csrf()).with(ADMIN)).andReturn();
        assertThat(body(sum)).contains("The shares of the steps must add up to exactly 100% (now 20%).");
        MvcResult role = mvc.perform(form("save",
                        row("Tiếp nhận", "ADMIN", "50"), row("Trả kết quả", "RECEIVER", "50"))
                .param("lang", "vi").with(csrf()).with(ADMIN)).andReturn();
        assertThat(body(role)).contains("Bước 1: vai trò phải là bộ phận tiếp nhận (RECEIVER)");
        assertThat(steps.isDefault(procedure)).isTrue();
        assertThat(steps.changes(procedure)).isEmpty();
    }

    @Test
    void addingRemovingAndMovingRowsRerendersWithoutSaving() throws Exception {
        String[][] three = {row("A tiếp nhận", "RECEIVER", "10"), row("B xử lý", "SPECIALIST", "80"),
                row("C trả", "RECEIVER", "10")};
        String added = body(mvc.perform(form("add", three).with(csrf()).with(ADMIN)).andReturn());
        assertThat(added).contains("id=\"name3\"", "Có thay đổi chưa lưu.");
        assertThat(added.indexOf("value=\"C trả\"")).as("new row before the returning step")
                .isGreaterThan(added.indexOf("id=\"name2\""));

        String moved = body(mvc.perform(form("up:1", three).with(csrf()).with(ADMIN)).andReturn());
        assertThat(moved.indexOf("value=\"B xử lý\"")).isLessThan(moved.indexOf("value=\"A tiếp nhận\""));

        String removed = body(mvc.perform(form("remove:1", three).with(csrf()).with(ADMIN)).andReturn());
        assertThat(removed).doesNotContain("B xử lý").contains("A tiếp nhận", "C trả").doesNotContain("id=\"name2\"");

        assertThat(steps.isDefault(procedure)).isTrue();
        assertThat(steps.changes(procedure)).isEmpty();
    }

    @Test
    void searchFindsProceduresByCodeOrName() throws Exception {
        String byName = body(mvc.perform(get("/admin/workflow").param("q", "dang ky thuong tru").with(ADMIN)).andReturn());
        assertThat(byName).contains("data-testid=\"search-results\"", "/admin/workflow/" + procedure);
        String byCode = body(mvc.perform(get("/admin/workflow").param("q", "1.004222").with(ADMIN)).andReturn());
        assertThat(byCode).contains("/admin/workflow/" + procedure);
    }

    @Test
    void onlyAnAdminWithACsrfTokenChangesSteps() throws Exception {
        String[][] valid = {row("Tiếp nhận", "RECEIVER", "50"), row("Trả kết quả", "RECEIVER", "50")};
        for (RequestPostProcessor other : List.of(user("canbo").roles("RECEIVER"), user("congdan1").roles("CITIZEN"))) {
            assertThat(mvc.perform(get("/admin/workflow").with(other)).andReturn().getResponse().getStatus()).isEqualTo(403);
            assertThat(mvc.perform(form("save", valid).with(csrf()).with(other)).andReturn().getResponse().getStatus())
                    .isEqualTo(403);
        }
        assertThat(mvc.perform(form("save", valid).with(ADMIN)).andReturn().getResponse().getStatus())
                .as("no CSRF token").isEqualTo(403);
        MvcResult anonymous = mvc.perform(get("/admin/workflow/" + procedure)).andReturn();
        assertThat(anonymous.getResponse().getStatus()).isEqualTo(302);
        assertThat(anonymous.getResponse().getRedirectedUrl()).endsWith("/login");
        assertThat(steps.isDefault(procedure)).isTrue();
        assertThat(steps.changes(procedure)).isEmpty();
    }

    @Test
    void anUnknownProcedureIsNotFound() throws Exception {
        assertThat(mvc.perform(get("/admin/workflow/987654321").with(ADMIN)).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }
}
