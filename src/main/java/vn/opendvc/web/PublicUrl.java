package vn.opendvc.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The address citizens and verifiers reach the portal at ({@code opendvc.public-url}, {@code OPENDVC_PUBLIC_URL}),
 * without a trailing slash: every absolute address the application publishes starts with it. Never derived from a
 * request's Host header, which the client chooses and a shared cache would then serve to everyone.
 */
@Component
public class PublicUrl {

    private final String base;

    PublicUrl(@Value("${opendvc.public-url:http://localhost:8080}") String base) {
        String trimmed = base.strip();
        this.base = trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    /** The portal's address, e.g. {@code https://dichvucong.danang.gov.vn}. */
    public String base() {
        return base;
    }
}
