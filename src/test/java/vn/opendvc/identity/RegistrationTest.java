package vn.opendvc.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.opendvc.testing.ApplicationTest;

/** Self-registration of citizens and businesses through the pages. */
@ApplicationTest
@RecordApplicationEvents
class RegistrationTest {

    @Autowired
    ApplicationEvents events;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;

    private MockHttpServletRequestBuilder citizen(String username, String personalId, String phone, String email) {
        return post("/register/citizen").with(csrf())
                .param("fullName", "Lê Văn Tám")
                .param("personalId", personalId)
                .param("dateOfBirth", "1988-02-29")
                .param("phone", phone)
                .param("email", email)
                .param("username", username)
                .param("password", "MatKhau2025")
                .param("passwordConfirm", "MatKhau2025");
    }

    private MockHttpServletRequestBuilder business(String username, String taxCode) {
        return post("/register/business").with(csrf())
                .param("businessName", "Công ty Cổ phần Hội An Xanh")
                .param("taxCode", taxCode)
                .param("phone", "02353861234")
                .param("email", "lienhe@hoianxanh.example.vn")
                .param("username", username)
                .param("password", "MatKhau2025")
                .param("passwordConfirm", "MatKhau2025");
    }

    private long accounts(String username) {
        return jdbc.sql("select count(*) from account where username = ?").param(username).query(Long.class).single();
    }

    private static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void registrationPageIsOpenInVietnameseAndEnglish() throws Exception {
        MvcResult vi = mvc.perform(get("/register")).andReturn();
        assertThat(vi.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(vi)).contains("Số định danh cá nhân").contains("name=\"_csrf\"");
        MvcResult en = mvc.perform(get("/register").param("lang", "en").param("type", "business")).andReturn();
        assertThat(body(en)).contains("Tax code").doesNotContain("Mã số thuế");
    }

    @Test
    void citizenIsRegisteredWithAHashedPassword() throws Exception {
        String username = Fresh.username("cd");
        String personalId = Fresh.personalId();
        MvcResult result = mvc.perform(citizen(username, personalId, "+84 905 765 432", "LeVanTam@Example.vn"))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?registered");

        var row = jdbc.sql("select password_hash, kind, personal_id, phone, email, assurance_level, date_of_birth"
                + " from account where username = ?").param(username).query().singleRow();
        String hash = (String) row.get("password_hash");
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("MatKhau2025");
        assertThat(passwords.matches("MatKhau2025", hash)).isTrue();
        assertThat(row.get("kind")).isEqualTo("CITIZEN");
        assertThat(row.get("personal_id")).isEqualTo(personalId);
        assertThat(row.get("phone")).isEqualTo("0905765432");
        assertThat(row.get("email")).isEqualTo("levantam@example.vn");
        assertThat(row.get("assurance_level")).isEqualTo("LOCAL");
        assertThat(jdbc.sql("select role from account_role r join account a on a.id = r.account_id"
                + " where a.username = ?").param(username).query(String.class).list()).containsExactly("CITIZEN");
    }

    @Test
    void badPersonalIdNumberIsRefusedNextToTheFieldAndNothingIsSaved() throws Exception {
        String username = Fresh.username("cd");
        MvcResult result = mvc.perform(citizen(username, "12345678901A", "0905765432", "")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(result)).contains("data-testid=\"error-personalId\"")
                .contains("Số định danh cá nhân phải gồm đúng 12 chữ số.")
                .doesNotContain("MatKhau2025");
        assertThat(accounts(username)).isZero();
    }

    @Test
    void badPhoneAndEmailAreEachReported() throws Exception {
        String username = Fresh.username("cd");
        MvcResult result = mvc.perform(citizen(username, Fresh.personalId(), "12ab", "khong-phai@email"))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(result)).contains("data-testid=\"error-phone\"").contains("Số điện thoại không hợp lệ")
                .contains("data-testid=\"error-email\"").contains("Địa chỉ thư điện tử không hợp lệ.");
        assertThat(accounts(username)).isZero();
    }

    @Test
    void errorsAreInEnglishWithLangEn() throws Exception {
        MvcResult result = mvc.perform(citizen(Fresh.username("cd"), "123", "0905765432", "").param("lang", "en"))
                .andReturn();
        assertThat(body(result)).contains("The personal ID number must be exactly 12 digits.");
    }

    @Test
    void mismatchedPasswordsSaveNothing() throws Exception {
        String username = Fresh.username("cd");
        MvcResult result = mvc.perform(citizen(username, Fresh.personalId(), "0905765432", "")
                .param("passwordConfirm", "KhacHan2025")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(result)).contains("Hai lần nhập mật khẩu không khớp.");
        assertThat(accounts(username)).isZero();
    }

    /** Registration must not reveal who has an account: a taken number or username is answered like a free one. */
    @Test
    void takenAndFreeNumbersAndUsernamesGetTheSameAnswerAndTheHolderIsTold() throws Exception {
        String personalId = Fresh.personalId();
        String username = Fresh.username("cd");
        MvcResult free = mvc.perform(citizen(username, personalId, "0905765432", "")).andReturn();
        long holder = jdbc.sql("select id from account where personal_id = ?").param(personalId).query(Long.class)
                .single();
        events.clear();

        MvcResult sameNumber = mvc.perform(citizen(Fresh.username("cd"), personalId, "0905765432", "")).andReturn();
        MvcResult sameUsername = mvc.perform(citizen(username.toUpperCase(), Fresh.personalId(), "0905765432", ""))
                .andReturn();

        for (MvcResult taken : java.util.List.of(sameNumber, sameUsername)) {
            assertThat(taken.getResponse().getStatus()).isEqualTo(free.getResponse().getStatus()).isEqualTo(302);
            assertThat(taken.getResponse().getRedirectedUrl()).isEqualTo(free.getResponse().getRedirectedUrl());
            assertThat(body(taken)).isEqualTo(body(free));
        }
        assertThat(jdbc.sql("select count(*) from account where personal_id = ?").param(personalId)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(events.stream(RegistrationForExistingAccount.class).map(RegistrationForExistingAccount::accountId))
                .containsExactly(holder, holder);
        String login = body(mvc.perform(get("/login").param("registered", "")).andReturn());
        assertThat(login).contains("chúng tôi đã gửi hướng dẫn").doesNotContain("đã có tài khoản.");
    }

    @Test
    void businessRegistersByTaxCodeStoredNormalized() throws Exception {
        String username = Fresh.username("dn");
        String taxCode = Fresh.taxCode();
        MvcResult result = mvc.perform(business(username, taxCode + "001")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("select tax_code from account where username = ?").param(username).query(String.class)
                .single()).isEqualTo(taxCode + "-001");

        MvcResult again = mvc.perform(business(Fresh.username("dn"), taxCode + "-001")).andReturn();
        assertThat(again.getResponse().getStatus()).isEqualTo(302);
        assertThat(again.getResponse().getRedirectedUrl()).isEqualTo(result.getResponse().getRedirectedUrl());
        assertThat(jdbc.sql("select count(*) from account where tax_code = ?").param(taxCode + "-001")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void badTaxCodeIsRefused() throws Exception {
        String username = Fresh.username("dn");
        MvcResult result = mvc.perform(business(username, "12345")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(result)).contains("data-testid=\"error-taxCode\"")
                .contains("Mã số thuế phải gồm 10 chữ số");
        assertThat(accounts(username)).isZero();
    }

    @Test
    void registrationWithoutCsrfTokenIsRejected() throws Exception {
        String username = Fresh.username("cd");
        MvcResult result = mvc.perform(post("/register/citizen").param("username", username)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(403);
        assertThat(accounts(username)).isZero();
    }
}
