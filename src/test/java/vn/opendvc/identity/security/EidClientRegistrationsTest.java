package vn.opendvc.identity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The e-ID client registration: refused without credentials, resolved lazily, only for its own id. */
class EidClientRegistrationsTest {

    private static final List<String> SCOPES = List.of("openid");

    @Test
    void issuerWithoutClientCredentialsIsAConfigurationError() {
        assertThatThrownBy(() -> new EidClientRegistrations(
                new EidProperties("https://eid.example.vn", "", "secret", "personal_id", SCOPES)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("OPENDVC_EID_CLIENT_ID");
        assertThatThrownBy(() -> new EidClientRegistrations(
                new EidProperties("https://eid.example.vn", "opendvc", null, "personal_id", SCOPES)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void nothingIsFetchedUntilTheFirstLoginAndAnUnreachableProviderGivesNoRegistration() {
        EidClientRegistrations registrations = new EidClientRegistrations(
                new EidProperties("http://127.0.0.1:9/khong-co", "opendvc", "secret", "personal_id", SCOPES));
        assertThat(registrations.findByRegistrationId("google")).isNull();
        assertThat(registrations.findByRegistrationId(EidClientRegistrations.REGISTRATION_ID)).isNull();
    }
}
