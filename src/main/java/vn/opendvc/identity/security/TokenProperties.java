package vn.opendvc.identity.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * API tokens.
 *
 * @param tokenSecret   HS256 secret shared by every node ({@code OPENDVC_TOKEN_SECRET}), at least 32 bytes; when
 *                      absent a random one is made at start
 * @param tokenLifetime how long an access token is valid
 */
@ConfigurationProperties("opendvc.security")
record TokenProperties(String tokenSecret, @DefaultValue("PT1H") Duration tokenLifetime) {

    @Override
    public String toString() {
        return "TokenProperties[tokenLifetime=" + tokenLifetime + "]";
    }
}
