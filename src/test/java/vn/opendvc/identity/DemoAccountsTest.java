package vn.opendvc.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.opendvc.identity.internal.DemoAccounts;
import vn.opendvc.testing.ApplicationTest;

/** The demo accounts: present with their roles and agencies, and created only once. */
@ApplicationTest
class DemoAccountsTest {

    @Autowired
    Accounts accounts;
    @Autowired
    DemoAccounts demo;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;

    private static final Map<String, String> OFFICERS = Map.of(
            "motcua1", "RECEIVER@DNG-HAICHAU",
            "chuyenvien1", "SPECIALIST@DNG-HAICHAU",
            "lanhdao1", "LEADER@DNG-HAICHAU",
            "motcua2", "RECEIVER@DNG-TTPVHCC",
            "chuyenvien2", "SPECIALIST@DNG-SOTAICHINH",
            "lanhdao2", "LEADER@DNG-SOTAICHINH",
            "buudien1", "AGENT@DNG-TTPVHCC",
            "quantri", "ADMIN@DNG",
            "giamsat", "MONITOR@DNG");

    @Test
    void everyDemoAccountIsPresentWithItsRoleAndAgency() {
        OFFICERS.forEach((username, expected) -> {
            CurrentUser officer = accounts.findByUsername(username).orElseThrow(() -> new AssertionError(username));
            String[] roleAtAgency = expected.split("@");
            assertThat(officer.kind()).as(username).isEqualTo(AccountKind.OFFICER);
            assertThat(officer.roles()).as(username).containsExactly(Role.valueOf(roleAtAgency[0]));
            assertThat(officer.agencyCode()).as(username).isEqualTo(roleAtAgency[1]);
        });
        CurrentUser citizen1 = accounts.findByUsername("congdan1").orElseThrow();
        CurrentUser citizen2 = accounts.findByUsername("congdan2").orElseThrow();
        CurrentUser business = accounts.findByUsername("doanhnghiep1").orElseThrow();
        assertThat(citizen1.roles()).containsExactly(Role.CITIZEN);
        assertThat(citizen1.agencyCode()).isNull();
        assertThat(citizen1.personalId()).hasSize(12).containsOnlyDigits();
        assertThat(citizen2.personalId()).hasSize(12).containsOnlyDigits().isNotEqualTo(citizen1.personalId());
        assertThat(business.kind()).isEqualTo(AccountKind.BUSINESS);
        assertThat(business.roles()).containsExactly(Role.BUSINESS);
        assertThat(business.taxCode()).isEqualTo("0401234567");
        assertThat(accounts.officers("DNG-HAICHAU", Role.RECEIVER)).extracting(CurrentUser::username)
                .contains("motcua1").doesNotContain("motcua2", "chuyenvien1");
    }

    @Test
    void demoPasswordIsStoredHashed() {
        for (String username : new String[] {"congdan1", "doanhnghiep1", "quantri"}) {
            String hash = jdbc.sql("select password_hash from account where username = ?").param(username)
                    .query(String.class).single();
            assertThat(hash).startsWith("{bcrypt}").doesNotContain(DemoAccounts.PASSWORD);
            assertThat(passwords.matches(DemoAccounts.PASSWORD, hash)).isTrue();
        }
    }

    @Test
    void runningAgainCreatesNoDuplicates() throws Exception {
        long before = jdbc.sql("select count(*) from account").query(Long.class).single();
        long rolesBefore = jdbc.sql("select count(*) from account_role").query(Long.class).single();
        demo.run(new DefaultApplicationArguments());
        demo.run(new DefaultApplicationArguments());
        assertThat(jdbc.sql("select count(*) from account").query(Long.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from account_role").query(Long.class).single()).isEqualTo(rolesBefore);
        assertThat(jdbc.sql("select count(*) from account where username = 'congdan1'").query(Long.class).single())
                .isEqualTo(1);
    }
}
