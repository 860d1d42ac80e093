package vn.opendvc.postal.internal;

import org.springframework.stereotype.Component;

import vn.opendvc.web.SharedSecret;

/** The tracking callback's shared secret, kept out of the web layer. */
@Component
public class PostalCallback {

    private final SharedSecret secret;

    PostalCallback(PostalSettings settings) {
        this.secret = SharedSecret.of(settings.callbackOn() ? settings.callbackSecret() : null);
    }

    /** A secret is configured (always in the demo). */
    public boolean on() {
        return secret.configured();
    }

    /** Whether {@code presented} is the configured secret, compared in constant time. */
    public boolean accepts(String presented) {
        return secret.accepts(presented);
    }
}
