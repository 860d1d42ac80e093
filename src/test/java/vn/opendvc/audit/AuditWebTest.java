package vn.opendvc.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.opendvc.testing.ApplicationTest;
import vn.opendvc.testing.DossierFixture;

/**
 * The verifier endpoint for ADMIN only, the filtered audit page for ADMIN and MONITOR, and an administrator's change
 * made through a page arriving in the log.
 */
@ApplicationTest
class AuditWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DossierFixture fixture;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theAdministratorVerifiesTheChain() throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/audit/verify")
                .header(HttpHeaders.AUTHORIZATION, fixture.token("quantri"))).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(fixture.body(result).get("entries").asLong()).isPositive();
        assertThat(fixture.body(result).has("fault")).isTrue();
        assertThat(fixture.body(result).get("lastHash").asString()).hasSize(64);

        assertThat(mvc.perform(get("/api/v1/audit/verify")
                .header(HttpHeaders.AUTHORIZATION, fixture.token("congdan1"))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/api/v1/audit/verify")).andReturn().getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void anAdministratorsDiscountChangesAreAudited() throws Exception {
        String subject = "discount:" + DossierFixture.HAI_CHAU + "/*";
        long before = count("DISCOUNT_CHANGE", subject);
        mvc.perform(post("/admin/payment/discounts").with(csrf()).with(user("quantri").roles("ADMIN"))
                .param("agencyCode", DossierFixture.HAI_CHAU).param("percent", "7"));
        assertThat(count("DISCOUNT_CHANGE", subject)).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select actor from audit_entry where subject = ? order by seq desc"
                + " fetch first 1 rows only", String.class, subject)).isEqualTo("quantri");

        long id = jdbc.queryForObject("select id from payment_discount where agency_code = ? and procedure_code = '*'",
                Long.class, DossierFixture.HAI_CHAU);
        mvc.perform(post("/admin/payment/discounts/{id}/delete", id).with(csrf()).with(user("quantri").roles("ADMIN")));
        assertThat(count("DISCOUNT_CHANGE", "discount:" + id)).isEqualTo(1);
    }

    private long count(String kind, String subject) {
        return jdbc.queryForObject("select count(*) from audit_entry where kind = ? and subject = ?", Long.class, kind,
                subject);
    }

    @Test
    void adminAndMonitorBrowseTheLogByKindAndActor() throws Exception {
        fixture.token("quantri");
        for (String who : new String[] {"quantri", "giamsat"}) {
            MvcResult page = mvc.perform(get("/monitor/audit").param("kind", "LOGIN").param("actor", "quantri")
                    .with(user(who).roles(who.equals("quantri") ? "ADMIN" : "MONITOR"))).andReturn();
            assertThat(page.getResponse().getStatus()).isEqualTo(200);
            String html = page.getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(html).contains("Nhật ký kiểm toán").contains("data-testid=\"audit-table\"");
            String table = html.substring(html.indexOf("data-testid=\"audit-table\""));
            assertThat(table).contains("account:quantri").contains("Đăng nhập")
                    .doesNotContain("Đăng nhập thất bại").doesNotContain("Chuyển trạng thái hồ sơ");
        }
        assertThat(mvc.perform(get("/monitor/audit").with(user("congdan1").roles("CITIZEN"))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
    }
}
