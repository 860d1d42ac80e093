package vn.opendvc.result.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The address citizens and verifiers reach the portal at ({@code opendvc.public-url}), without a trailing slash. */
@Component
class PublicUrl {

    private final String base;

    PublicUrl(@Value("${opendvc.public-url:http://localhost:8080}") String base) {
        String trimmed = base.strip();
        this.base = trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    String base() {
        return base;
    }
}
