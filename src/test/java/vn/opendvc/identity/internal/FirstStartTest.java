package vn.opendvc.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

import vn.opendvc.identity.Role;
import vn.opendvc.testing.ApplicationTest;

/**
 * Outside the demo: no demo account is made, a database whose demo accounts still accept the published password does
 * not start, and the first start makes one ADMIN whose password is printed once or read from the environment. The
 * tests that change accounts run in a transaction that is rolled back.
 */
@ApplicationTest
@ExtendWith(OutputCaptureExtension.class)
class FirstStartTest {

    private static final Pattern PRINTED = Pattern.compile("created with the password\\s+(\\S+)");

    @Autowired
    AccountRegistry registry;
    @Autowired
    JdbcAccounts accounts;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    JdbcClient jdbc;

    @Test
    void outsideTheDemoDemoAccountsThatAcceptThePublishedPasswordStopTheStart() {
        DemoAccounts notADemo = new DemoAccounts(new MockEnvironment(), registry, accounts, passwords);
        assertThatThrownBy(() -> notADemo.run(new DefaultApplicationArguments()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("quantri").hasMessageContaining("congdan1").hasMessageContaining("OPENDVC_DEMO");
    }

    @Test
    @Transactional
    void outsideTheDemoNoDemoAccountIsCreated() {
        jdbc.sql("update account set username = 'giamsat-cu', enabled = false where username = 'giamsat'").update();
        jdbc.sql("update account set enabled = false").update();

        new DemoAccounts(new MockEnvironment(), registry, accounts, passwords).run(new DefaultApplicationArguments());

        assertThat(accounts.usernameTaken("giamsat")).isFalse();
    }

    @Test
    @Transactional
    void theFirstStartMakesOneAdminAndPrintsItsPasswordOnce(CapturedOutput output) {
        disableEveryAdmin();
        FirstAdministrator first = new FirstAdministrator(registry, accounts, "quantri-dau", "DNG", "");

        first.run(new DefaultApplicationArguments());

        Matcher printed = PRINTED.matcher(output.getAll());
        assertThat(printed.find()).as("the password is printed").isTrue();
        AccountRecord admin = accounts.byUsername("quantri-dau").orElseThrow();
        assertThat(admin.roles()).containsExactly(Role.ADMIN);
        assertThat(admin.agencyCode()).isEqualTo("DNG");
        assertThat(passwords.matches(printed.group(1), admin.passwordHash())).isTrue();

        int length = output.getAll().length();
        first.run(new DefaultApplicationArguments());
        assertThat(output.getAll().substring(length)).doesNotContain("created with the password");
        assertThat(jdbc.sql("select count(*) from account where username like 'quantri-dau%'").query(Long.class)
                .single()).isEqualTo(1);
    }

    @Test
    @Transactional
    void aPasswordFromTheEnvironmentIsUsedAndNotPrinted(CapturedOutput output) {
        disableEveryAdmin();

        new FirstAdministrator(registry, accounts, "quantri-dau", "DNG", "Mat-khau-rieng-2026")
                .run(new DefaultApplicationArguments());

        assertThat(output.getAll()).doesNotContain("Mat-khau-rieng-2026");
        AccountRecord admin = accounts.byUsername("quantri-dau").orElseThrow();
        assertThat(passwords.matches("Mat-khau-rieng-2026", admin.passwordHash())).isTrue();
    }

    @Test
    void noAccountIsMadeWhileAnAdminExists() {
        new FirstAdministrator(registry, accounts, "quantri-dau", "DNG", "").run(new DefaultApplicationArguments());
        assertThat(accounts.usernameTaken("quantri-dau")).isFalse();
    }

    @Test
    void generatedPasswordsFollowThePasswordRule() {
        FirstAdministrator first = new FirstAdministrator(registry, accounts, "x", "DNG", "");
        for (int i = 0; i < 200; i++) {
            assertThat(first.randomPassword()).hasSize(20).containsPattern("[0-9]").containsPattern("[A-Za-z]");
        }
    }

    private void disableEveryAdmin() {
        jdbc.sql("update account set enabled = false where id in (select account_id from account_role where role = ?)")
                .param(Role.ADMIN.name()).update();
        assertThat(accounts.anyEnabledWith(Role.ADMIN)).isFalse();
    }
}
