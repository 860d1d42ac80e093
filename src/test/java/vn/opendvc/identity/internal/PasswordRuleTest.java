package vn.opendvc.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one password rule of registration, officer accounts and a change of password; no Spring. */
class PasswordRuleTest {

    @Test
    void eightToSixtyFourCharactersWithALetterAndADigit() {
        assertThat(PasswordRule.acceptable("MatKhau1")).isTrue();
        assertThat(PasswordRule.acceptable("mậtkhẩu2025")).isTrue();
        assertThat(PasswordRule.acceptable("a".repeat(63) + "1")).isTrue();
        assertThat(PasswordRule.acceptable("MatKha1")).as("7 characters").isFalse();
        assertThat(PasswordRule.acceptable("a".repeat(64) + "1")).as("65 characters").isFalse();
        assertThat(PasswordRule.acceptable("chikhongso")).as("no digit").isFalse();
        assertThat(PasswordRule.acceptable("12345678")).as("no letter").isFalse();
        assertThat(PasswordRule.acceptable(null)).isFalse();
    }

    @Test
    void aPasswordBcryptWouldCutIsRefused() {
        String longInBytes = "ệ".repeat(25) + "1"; // 26 characters, 76 bytes in UTF-8
        assertThat(PasswordRule.fitsBcrypt(longInBytes)).isFalse();
        assertThat(PasswordRule.acceptable(longInBytes)).isFalse();
    }
}
