package vn.opendvc.limits.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A kind of request that is limited: which requests it is, and the keys it is counted under, each with its limit.
 * A request passes only when every one of its keys still has a token.
 */
record LimitedRequest(String method, String path, boolean api, List<Counter> counters) {

    /** One count: the limit's name (for the bucket key), the limit, and the key of a request (empty: not counted). */
    record Counter(String name, Limit limit, Function<HttpServletRequest, Optional<String>> key) {
    }

    /** Longer codes are cut: a code is at most a few dozen characters, and the key must stay a short row id. */
    private static final int MAX_CODE = 64;

    boolean matches(HttpServletRequest request) {
        return method.equalsIgnoreCase(request.getMethod()) && path.equals(pathOf(request));
    }

    /**
     * The rules of OpenDVC: form login, the token API, a password change (guessing the current password from a
     * stolen session counts like a login), registration, the public lookup, the VNPay IPN and the SMS provider's
     * delivery receipts (provider callbacks count like the IPN), and the sync batches of each source system.
     */
    static List<LimitedRequest> of(LimitProperties limits) {
        Counter loginByAddress = new Counter("login", limits.loginLimit(), LimitedRequest::clientAddress);
        Counter lookupByAddress = new Counter("lookup", limits.lookupLimit(), LimitedRequest::lookedUpAddress);
        Counter lookupByCode = new Counter("lookup-code", limits.lookupCodeLimit(), LimitedRequest::dossierCode);
        Counter registrationByAddress = new Counter("registration", limits.registrationLimit(),
                LimitedRequest::clientAddress);
        Counter assistantByAddress = new Counter("assistant", limits.assistantLimit(), LimitedRequest::clientAddress);
        Counter passwordByAddress = new Counter("password-change", limits.loginLimit(), LimitedRequest::clientAddress);
        Counter open311ByKey = new Counter("open311-key", limits.open311Limit(), LimitedRequest::open311Key);
        Counter open311ByAddress = new Counter("open311", limits.open311Limit(), LimitedRequest::clientAddress);
        Counter feedbackByAddress = new Counter("feedback", limits.feedbackLimit(), LimitedRequest::clientAddress);
        return List.of(
                new LimitedRequest("POST", "/login", false, List.of(loginByAddress)),
                new LimitedRequest("POST", "/feedback/new", false, List.of(feedbackByAddress)),
                new LimitedRequest("POST", "/api/v1/feedback", true, List.of(feedbackByAddress)),
                new LimitedRequest("POST", "/open311/v2/requests", true, List.of(open311ByKey, open311ByAddress)),
                new LimitedRequest("POST", "/open311/v2/requests.json", true, List.of(open311ByKey, open311ByAddress)),
                new LimitedRequest("POST", "/open311/v2/requests.xml", true, List.of(open311ByKey, open311ByAddress)),
                new LimitedRequest("POST", "/me/password", false, List.of(passwordByAddress)),
                new LimitedRequest("POST", "/api/v1/me/password", true, List.of(passwordByAddress)),
                new LimitedRequest("POST", "/api/v1/auth/token", true,
                        List.of(new Counter("token", limits.tokenLimit(), LimitedRequest::clientAddress))),
                new LimitedRequest("POST", "/register/citizen", false, List.of(registrationByAddress)),
                new LimitedRequest("POST", "/register/business", false, List.of(registrationByAddress)),
                new LimitedRequest("GET", "/lookup", false, List.of(lookupByAddress, lookupByCode)),
                new LimitedRequest("GET", "/api/v1/lookup", true, List.of(lookupByAddress, lookupByCode)),
                new LimitedRequest("GET", "/api/v1/payments/vnpay/ipn", true,
                        List.of(new Counter("ipn", limits.ipnLimit(), LimitedRequest::clientAddress))),
                new LimitedRequest("POST", "/api/v1/notifications/sms/delivery-receipts", true,
                        List.of(new Counter("sms-receipt", limits.ipnLimit(), LimitedRequest::clientAddress))),
                new LimitedRequest("POST", "/api/v1/sync/dossiers", true,
                        List.of(new Counter("sync", limits.syncLimit(), LimitedRequest::syncKey))),
                new LimitedRequest("POST", "/api/v1/assistant/ask", true, List.of(assistantByAddress)),
                new LimitedRequest("POST", "/assistant", false, List.of(assistantByAddress)));
    }

    /**
     * The address the request came from. Behind a reverse proxy this is the proxy's unless the server trusts its
     * forwarded headers ({@code server.forward-headers-strategy}, see README).
     */
    static Optional<String> clientAddress(HttpServletRequest request) {
        return Optional.ofNullable(request.getRemoteAddr());
    }

    /**
     * A source system by its key (hashed: a key never becomes a row id in the clear); without a key the call is
     * refused anyway, and counted by address.
     */
    private static Optional<String> syncKey(HttpServletRequest request) {
        return hashed(request.getHeader("X-API-Key")).or(() -> clientAddress(request));
    }

    /** The Open311 client's key ({@code api_key}); none when absent or not decodable. */
    private static Optional<String> open311Key(HttpServletRequest request) {
        try {
            return hashed(request.getParameter("api_key"));
        } catch (IllegalStateException undecodable) {
            return Optional.empty();
        }
    }

    /** A client's key as a bucket name: hashed, so a key never becomes a row id in the clear. */
    private static Optional<String> hashed(String key) {
        return key == null || key.isBlank() ? Optional.empty()
                : Optional.of(vn.opendvc.files.Sha256.hex(key.strip()).substring(0, 32));
    }

    /** The lookup page without a code only shows the form: that is not a lookup. */
    private static Optional<String> lookedUpAddress(HttpServletRequest request) {
        return dossierCode(request).flatMap(code -> clientAddress(request));
    }

    /** The code as the lookup compares it (trimmed, upper case), so that spellings of one code share one count. */
    static Optional<String> dossierCode(HttpServletRequest request) {
        String code;
        try {
            code = request.getParameter("code");
        } catch (IllegalStateException undecodable) {
            // parameters that are not valid UTF-8: no lookup happens, Spring MVC answers it with a 400 problem
            return Optional.empty();
        }
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String normalized = code.strip().toUpperCase(Locale.ROOT);
        return Optional.of(normalized.length() > MAX_CODE ? normalized.substring(0, MAX_CODE) : normalized);
    }

    /** The path as the container decoded and normalized it, the one the controllers are matched against. */
    private static String pathOf(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
