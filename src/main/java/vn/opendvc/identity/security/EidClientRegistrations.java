package vn.opendvc.identity.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;

/**
 * The single client registration {@value #REGISTRATION_ID}, built from {@link EidProperties}. The provider's
 * discovery document is fetched on first use, not at start, so the portal starts even while the e-ID is unreachable;
 * a failed fetch is retried on the next login.
 */
class EidClientRegistrations implements ClientRegistrationRepository {

    static final String REGISTRATION_ID = "eid";

    private static final Logger log = LoggerFactory.getLogger(EidClientRegistrations.class);

    private final EidProperties properties;
    private volatile ClientRegistration registration;

    EidClientRegistrations(EidProperties properties) {
        if (properties.clientId() == null || properties.clientId().isBlank()
                || properties.clientSecret() == null || properties.clientSecret().isBlank()) {
            throw new IllegalStateException("opendvc.eid.client-id and opendvc.eid.client-secret (OPENDVC_EID_CLIENT_ID,"
                    + " OPENDVC_EID_CLIENT_SECRET) must be set when opendvc.eid.issuer is");
        }
        this.properties = properties;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!REGISTRATION_ID.equals(registrationId)) {
            return null;
        }
        ClientRegistration resolved = registration;
        if (resolved == null) {
            synchronized (this) {
                if (registration == null) {
                    registration = discover();
                }
                resolved = registration;
            }
        }
        return resolved;
    }

    private ClientRegistration discover() {
        try {
            return ClientRegistrations.fromIssuerLocation(properties.issuer())
                    .registrationId(REGISTRATION_ID)
                    .clientName("VNeID")
                    .clientId(properties.clientId())
                    .clientSecret(properties.clientSecret())
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    .scope(properties.scopes())
                    .userNameAttributeName(IdTokenClaimNames.SUB)
                    .build();
        } catch (RuntimeException e) {
            log.warn("e-ID provider {} could not be reached: {}", properties.issuer(), e.getMessage());
            return null;
        }
    }
}
