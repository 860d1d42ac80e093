package vn.opendvc.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.opendvc.identity.AccountKind;
import vn.opendvc.identity.Accounts;
import vn.opendvc.identity.AssuranceLevel;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.identity.Role;
import vn.opendvc.payment.Payment;
import vn.opendvc.payment.Payments;
import vn.opendvc.testing.ServerTest;

/** Who may see a payment and its receipt, the fee quote, the discount admin page and the reconciliation report. */
@ServerTest
class PaymentWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Payments payments;
    @Autowired
    VnpayIpn ipn;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    vn.opendvc.catalog.ProcedureCatalog catalog;

    static RequestPostProcessor as(CurrentUser user) {
        return authentication(new UsernamePasswordAuthenticationToken(user, null,
                user.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList()));
    }

    static CurrentUser user(long id, AccountKind kind, String agency, Role role) {
        return new CurrentUser(id, "u" + id, kind, "Người dùng " + id, agency, Set.of(role), null, null,
                AssuranceLevel.values()[0]);
    }

    CurrentUser payer() {
        return accounts.findByUsername("congdan1").orElseThrow();
    }

    Payment paid(long amount) {
        Payment p = PaymentFixture.start(payments, payer().accountId(), "DNG-HAICHAU", amount);
        assertThat(ipn.handle(PaymentFixture.paid(p)).RspCode()).isEqualTo("00");
        return payments.find(p.id()).orElseThrow();
    }

    @Test
    void aPaymentIsVisibleToItsPayerAndTheAgencyOfficersOnly() throws Exception {
        Payment p = paid(25_000);
        String url = "/api/v1/payments/" + p.id();
        MvcResult mine = mvc.perform(get(url).with(as(payer()))).andReturn();
        assertThat(mine.getResponse().getStatus()).isEqualTo(200);
        assertThat(mine.getResponse().getContentAsString()).contains("\"status\":\"SUCCEEDED\"", "\"amountVnd\":25000",
                "\"receiptUrl\":\"/api/v1/payments/" + p.id() + "/receipt\"", "\"source\":\"IPN\"");
        assertThat(mvc.perform(get(url).with(as(user(p.payerAccountId() + 999_999, AccountKind.CITIZEN, null,
                Role.CITIZEN)))).andReturn().getResponse().getStatus()).as("another citizen").isEqualTo(404);
        assertThat(mvc.perform(get(url).with(as(user(77, AccountKind.OFFICER, "DNG-HAICHAU", Role.RECEIVER))))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get(url).with(as(user(78, AccountKind.OFFICER, "DNG-THANHKHE", Role.RECEIVER))))
                .andReturn().getResponse().getStatus()).as("an officer elsewhere").isEqualTo(404);
        assertThat(mvc.perform(get(url)).andReturn().getResponse().getStatus()).isEqualTo(401);
        MvcResult missing = mvc.perform(get("/api/v1/payments/0").with(as(payer()))).andReturn();
        assertThat(missing.getResponse().getStatus()).isEqualTo(404);
        assertThat(missing.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("urn:opendvc:problem:not-found");

        MvcResult page = mvc.perform(get("/payments/" + p.id()).with(as(payer()))).andReturn();
        assertThat(page.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("data-testid=\"payment-status\">Thành công<", "data-testid=\"receipt-link\"");
    }

    @Test
    void theReceiptIsAVietnamesePdfWithTheFontEmbedded() throws Exception {
        Payment p = paid(25_500);
        MvcResult result = mvc.perform(get("/api/v1/payments/" + p.id() + "/receipt").with(as(payer()))).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("BIÊN LAI THU PHÍ, LỆ PHÍ ĐIỆN TỬ", "Nguyễn Văn An", "25.500 đ",
                    "Hai mươi lăm nghìn năm trăm đồng", p.txnRef(), "14226112",
                    "Số: BL-" + p.settledAt().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).getYear());
            PDFont font = pdf.getPage(0).getResources().getFont(pdf.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.getName()).contains("DejaVuSans");
            assertThat(font.isEmbedded()).isTrue();
        }
        Payment pending = PaymentFixture.start(payments, payer().accountId(), "DNG-HAICHAU", 1_000);
        assertThat(mvc.perform(get("/api/v1/payments/" + pending.id() + "/receipt").with(as(payer()))).andReturn()
                .getResponse().getStatus()).as("no receipt before payment").isEqualTo(404);
    }

    @Test
    void theFeeQuoteIsOpenToAnyone() throws Exception {
        long id = catalog.findByCode("1.004222").orElseThrow().id();
        MvcResult quote = mvc.perform(get("/api/v1/payments/fee-quote").param("procedureId", Long.toString(id))
                .param("agencyCode", "DNG-HAICHAU").param("category", "NGUOI_CO_CONG")).andReturn();
        assertThat(quote.getResponse().getStatus()).isEqualTo(200);
        assertThat(quote.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("\"exempt\":true", "\"amountDueVnd\":0", "Người có công");
        assertThat(mvc.perform(get("/api/v1/payments/fee-quote").param("procedureId", "-5").param("agencyCode", "X"))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void anAdminMaintainsTheDiscountsAndNobodyElseMay() throws Exception {
        CurrentUser admin = user(5, AccountKind.OFFICER, "DNG-HAICHAU", Role.ADMIN);
        try {
            MvcResult bad = mvc.perform(post("/admin/payment/discounts").with(as(admin)).with(csrf())
                    .param("agencyCode", "KHONG-CO").param("procedureCode", "1.004222").param("percent", "150")).andReturn();
            assertThat(bad.getResponse().getStatus()).isEqualTo(200);
            assertThat(bad.getResponse().getContentAsString(StandardCharsets.UTF_8))
                    .contains("Không có cơ quan mã KHONG-CO", "Mức giảm phải là số nguyên từ 0 đến 100");
            assertThat(jdbc.sql("select count(*) from payment_discount").query(Long.class).single()).isZero();

            MvcResult ok = mvc.perform(post("/admin/payment/discounts").with(as(admin)).with(csrf())
                    .param("agencyCode", "DNG-HAICHAU").param("procedureCode", "").param("percent", "50")
                    .param("note", "Giảm 50% khi nộp trực tuyến")).andReturn();
            assertThat(ok.getResponse().getRedirectedUrl()).isEqualTo("/admin/payment/discounts");
            String list = mvc.perform(get("/admin/payment/discounts").with(as(admin))).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(list).contains("data-testid=\"discounts\"", "DNG-HAICHAU", "50%", "Hộ nghèo");

            CurrentUser citizen = user(6, AccountKind.CITIZEN, null, Role.CITIZEN);
            assertThat(mvc.perform(get("/admin/payment/discounts").with(as(citizen))).andReturn().getResponse()
                    .getStatus()).isEqualTo(403);
            assertThat(mvc.perform(get("/admin/payment/discounts").with(as(user(7, AccountKind.OFFICER, "DNG-HAICHAU",
                    Role.MONITOR)))).andReturn().getResponse().getStatus()).isEqualTo(403);
        } finally {
            jdbc.sql("delete from payment_discount").update();
        }
    }

    @Test
    void theDailyReconciliationReportIsForAdminsAndMonitorsAsPageAndCsv() throws Exception {
        Payment p = paid(40_000);
        Payment mismatch = PaymentFixture.start(payments, payer().accountId(), "DNG-HAICHAU", 40_000);
        assertThat(ipn.handle(PaymentFixture.ipn(mismatch, 4_000, "00", "00")).RspCode()).isEqualTo("04");
        LocalDate today = p.createdAt().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate();
        CurrentUser monitor = user(8, AccountKind.OFFICER, "DNG", Role.MONITOR);

        MvcResult page = mvc.perform(get("/monitor/payment/reconciliation").param("day", today.toString())
                .with(as(monitor))).andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(page.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("data-testid=\"recon-table\"", "DNG-HAICHAU", "AMOUNT_MISMATCH", mismatch.txnRef());

        MvcResult csv = mvc.perform(get("/monitor/payment/reconciliation.csv").param("day", today.toString())
                .with(as(user(9, AccountKind.OFFICER, "DNG", Role.ADMIN)))).andReturn();
        assertThat(csv.getResponse().getStatus()).isEqualTo(200);
        String body = csv.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).startsWith("day,agency_code,agency_name,created,succeeded,succeeded_vnd,");
        String line = body.lines().filter(l -> l.startsWith(today + ",DNG-HAICHAU,")).findFirst().orElseThrow();
        String[] cells = line.split(","); // the agency name may be quoted and hold commas: count from the end
        int n = cells.length - 2; // refund_due and refund_due_vnd follow the anomalies
        long succeededInDb = jdbc.sql("select count(*) from payment where agency_code = 'DNG-HAICHAU' and status = 'SUCCEEDED'"
                + " and created_at >= ?").param(java.sql.Timestamp.from(today.atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh"))
                .toInstant())).query(Long.class).single();
        assertThat(Long.parseLong(cells[n - 8])).isEqualTo(succeededInDb);
        assertThat(Long.parseLong(cells[n - 1])).as("anomalies").isPositive();

        assertThat(mvc.perform(get("/monitor/payment/reconciliation").with(as(user(10, AccountKind.CITIZEN, null,
                Role.CITIZEN)))).andReturn().getResponse().getStatus()).isEqualTo(403);
    }
}
