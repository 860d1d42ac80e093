package vn.opendvc.notification.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Which SMS gateway runs, and the configurations the application refuses to start with. */
class SmsSettingsTest {

    private static SmsSettings read(String... properties) {
        MockEnvironment environment = new MockEnvironment();
        for (int i = 0; i < properties.length; i += 2) {
            environment.setProperty(properties[i], properties[i + 1]);
        }
        return SmsSettings.read(environment);
    }

    @Test
    void theDemoUsesTheSimulatorUnlessAProviderIsConfigured() {
        assertThat(read("opendvc.demo", "true").checked().simulating()).isTrue();
        SmsSettings provider = read("opendvc.demo", "true", "opendvc.notification.sms.url", "https://sms.example.vn/send");
        assertThat(provider.checked().provider()).isTrue();
        assertThat(provider.simulating()).isFalse();
        assertThat(read("opendvc.demo", "true", "opendvc.notification.sms.simulator", "false").simulating()).isFalse();
    }

    @Test
    void outsideTheDemoWithoutAProviderTheChannelIsOff() {
        SmsSettings settings = read().checked();
        assertThat(settings.provider()).isFalse();
        assertThat(settings.simulating()).isFalse();
        assertThat(settings.receiptsOn()).isFalse();
    }

    @Test
    void defaults() {
        SmsSettings settings = read();
        assertThat(settings.sender()).isEqualTo("OpenDVC");
        assertThat(settings.asciiOnly()).isTrue();
    }

    @Test
    void outsideTheDemoAProviderNeedsItsApiKey() {
        assertThatThrownBy(() -> read("opendvc.notification.sms.url", "https://sms.example.vn/send").checked())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("OPENDVC_SMS_API_KEY");
        assertThat(read("opendvc.notification.sms.url", "https://sms.example.vn/send",
                "opendvc.notification.sms.api-key", "k").checked().provider()).isTrue();
    }

    @Test
    void theSimulatorCannotRunOutsideTheDemo() {
        assertThatThrownBy(() -> read("opendvc.notification.sms.simulator", "true").checked())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("simulator");
    }

    @Test
    void theProviderUrlMustBeAnAbsoluteHttpUrl() {
        assertThatThrownBy(() -> read("opendvc.demo", "true", "opendvc.notification.sms.url", "sms.example.vn").checked())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("OPENDVC_SMS_URL");
    }

    @Test
    void outsideTheDemoTheReceiptSecretCannotBeGuessable() {
        assertThatThrownBy(() -> read("opendvc.notification.sms.receipt-secret", "secret").checked())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("OPENDVC_SMS_RECEIPT_SECRET");
        assertThat(read("opendvc.notification.sms.receipt-secret", "0123456789abcdef").checked().receiptsOn()).isTrue();
    }

    @Test
    void theEnvironmentVariablesAreReadWhenTheApplicationPropertiesDoNotNameThem() {
        SmsSettings settings = read("OPENDVC_SMS_URL", "https://sms.example.vn/send", "OPENDVC_SMS_API_KEY", "api-key-42",
                "OPENDVC_SMS_SENDER", "UBND-DN", "OPENDVC_SMS_ASCII_ONLY", "false");
        assertThat(settings.url()).isEqualTo("https://sms.example.vn/send");
        assertThat(settings.sender()).isEqualTo("UBND-DN");
        assertThat(settings.asciiOnly()).isFalse();
        assertThat(settings.apiKey()).isEqualTo("api-key-42");
        assertThat(settings.toString()).as("what logs may show").doesNotContain("api-key-42");
    }
}
