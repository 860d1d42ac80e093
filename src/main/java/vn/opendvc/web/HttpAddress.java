package vn.opendvc.web;

import java.net.URI;

/**
 * An address of a service outside the portal as it is configured or reported (a payment gateway, an SMS provider, a
 * postal carrier, a carrier's delivery photo): usable only when it is an absolute http(s) URL with a host.
 */
public final class HttpAddress {

    public static boolean isAbsoluteHttp(String url) {
        if (url == null) {
            return false;
        }
        try {
            URI uri = URI.create(url);
            return uri.getHost() != null && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private HttpAddress() {
    }
}
