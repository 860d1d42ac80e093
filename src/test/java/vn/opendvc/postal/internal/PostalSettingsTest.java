package vn.opendvc.postal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Which carrier runs, the postage rules, and the configurations the application refuses to start with. */
class PostalSettingsTest {

    private static PostalSettings read(String... properties) {
        MockEnvironment environment = new MockEnvironment();
        for (int i = 0; i < properties.length; i += 2) {
            environment.setProperty(properties[i], properties[i + 1]);
        }
        return PostalSettings.read(environment);
    }

    @Test
    void theDemoUsesTheSimulatorAndItsPublishedCallbackSecretUnlessACarrierIsConfigured() {
        PostalSettings demo = read("opendvc.demo", "true").checked();
        assertThat(demo.simulating()).isTrue();
        assertThat(demo.available()).isTrue();
        assertThat(demo.callbackSecret()).isEqualTo(PostalSettings.DEMO_CALLBACK_SECRET);
        PostalSettings carrier = read("opendvc.demo", "true", "opendvc.postal.url", "https://vnpost.example.vn/orders")
                .checked();
        assertThat(carrier.carrier()).isTrue();
        assertThat(carrier.simulating()).isFalse();
    }

    @Test
    void outsideTheDemoWithoutACarrierPostalDeliveryIsNotOffered() {
        PostalSettings settings = read().checked();
        assertThat(settings.available()).isFalse();
        assertThat(settings.simulating()).isFalse();
        assertThat(settings.callbackOn()).isFalse();
    }

    @Test
    void ratesDefaultTo25000WithinTheProvinceAnd35000ElsewhereCollectedFromTheCitizen() {
        PostalSettings defaults = read();
        assertThat(defaults.inProvinceVnd()).isEqualTo(25_000);
        assertThat(defaults.otherProvinceVnd()).isEqualTo(35_000);
        assertThat(defaults.prepaid()).isFalse();
        PostalSettings configured = read("opendvc.postal.rate-in-province", "20000",
                "opendvc.postal.rate-other-province", "40000", "opendvc.postal.prepaid", "true");
        assertThat(configured.inProvinceVnd()).isEqualTo(20_000);
        assertThat(configured.otherProvinceVnd()).isEqualTo(40_000);
        assertThat(configured.prepaid()).isTrue();
        assertThatThrownBy(() -> read("opendvc.postal.rate-in-province", "25.000"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("whole đồng");
    }

    @Test
    void outsideTheDemoACarrierNeedsItsApiKeyAndAStrongCallbackSecret() {
        String url = "https://vnpost.example.vn/orders";
        assertThatThrownBy(() -> read("opendvc.postal.url", url).checked())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("OPENDVC_POSTAL_API_KEY");
        assertThatThrownBy(() -> read("opendvc.postal.url", url, "opendvc.postal.api-key", "k").checked())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("OPENDVC_POSTAL_CALLBACK_SECRET");
        assertThatThrownBy(() -> read("opendvc.postal.url", url, "opendvc.postal.api-key", "k",
                "opendvc.postal.callback-secret", "short").checked())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("at least 16");
        assertThatThrownBy(() -> read("opendvc.postal.url", url, "opendvc.postal.api-key", "k",
                "opendvc.postal.callback-secret", PostalSettings.DEMO_CALLBACK_SECRET).checked())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("demo secret");
        PostalSettings ok = read("opendvc.postal.url", url, "opendvc.postal.api-key", "k",
                "opendvc.postal.callback-secret", "a-secret-of-the-agency-2026").checked();
        assertThat(ok.available()).isTrue();
        assertThat(ok.toString()).doesNotContain("a-secret-of-the-agency-2026");
    }

    @Test
    void theCarrierUrlMustBeAnAbsoluteHttpUrl() {
        assertThatThrownBy(() -> read("opendvc.demo", "true", "opendvc.postal.url", "vnpost.example.vn").checked())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("absolute");
    }
}
