package vn.opendvc.notification.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The numbers citizens type, as the SMS provider needs them. */
class PhoneNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"0905123456", "84905123456", "+84905123456", "+84 905 123 456", "0905.123.456",
            "0905-123-456", " (+84) 905 123 456 ", "0084905123456", "+84 0905 123 456"})
    void theWaysAVietnameseMobileNumberIsWrittenGiveItsInternationalForm(String raw) {
        assertThat(PhoneNumbers.international(raw)).contains("+84905123456");
    }

    @Test
    void aLandlineKeepsItsAreaCode() {
        assertThat(PhoneNumbers.international("0236 3821 234")).contains("+842363821234");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "abc", "12345", "905123456", "+1 202 555 0100", "09051234567890", "0905l23456",
            "+84", "0012345678"})
    void whatIsNotAVietnamesePhoneNumberIsEmpty(String raw) {
        assertThat(PhoneNumbers.international(raw)).isEmpty();
    }
}
