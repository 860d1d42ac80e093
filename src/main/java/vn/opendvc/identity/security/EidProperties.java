package vn.opendvc.identity.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login with the national e-ID through OpenID Connect; off while {@code issuer} is blank.
 *
 * @param issuer        issuer URL ({@code OPENDVC_EID_ISSUER}); its discovery document gives the endpoints
 * @param clientId      client id registered with the e-ID provider ({@code OPENDVC_EID_CLIENT_ID})
 * @param clientSecret  client secret ({@code OPENDVC_EID_CLIENT_SECRET})
 * @param idNumberClaim claim carrying the 12-digit personal ID number ({@code OPENDVC_EID_ID_NUMBER_CLAIM})
 * @param scopes        scopes to request
 */
@ConfigurationProperties("opendvc.eid")
public record EidProperties(String issuer, String clientId, String clientSecret,
        @DefaultValue("personal_id") String idNumberClaim,
        @DefaultValue({"openid", "profile", "email", "phone"}) List<String> scopes) {

    /** Whether login with the e-ID is offered: exactly when the issuer is configured. */
    public boolean enabled() {
        return issuer != null && !issuer.isBlank();
    }

    @Override
    public String toString() {
        return "EidProperties[issuer=" + issuer + ", clientId=" + clientId + ", idNumberClaim=" + idNumberClaim + "]";
    }
}
