package vn.opendvc.limits.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code opendvc.limits.*}: for each kind of request a capacity and a period (either may be left out: the default
 * stays), and where the counters live.
 *
 * @param store {@code auto} (PostgreSQL when the database is PostgreSQL, memory otherwise), {@code database} or
 *        {@code memory}
 */
@ConfigurationProperties("opendvc.limits")
record LimitProperties(String store, Setting login, Setting token, Setting registration, Setting lookup,
        Setting lookupCode, Setting ipn, Setting sync, Setting open311, Setting feedback,
        Setting assistant) {

    /** A limit as configured: unset parts take the default. */
    record Setting(Long capacity, Duration period) {

        Limit or(long defaultCapacity, Duration defaultPeriod) {
            return new Limit(capacity != null ? capacity : defaultCapacity, period != null ? period : defaultPeriod);
        }
    }

    LimitProperties {
        store = store == null || store.isBlank() ? "auto" : store.trim();
    }

    /** Wrong or right, password attempts of one client address on the login form. */
    Limit loginLimit() {
        return or(login).or(10, Duration.ofMinutes(5));
    }

    /** Password attempts of one client address on the token API. */
    Limit tokenLimit() {
        return or(token).or(10, Duration.ofMinutes(5));
    }

    /** New accounts asked for by one client address. */
    Limit registrationLimit() {
        return or(registration).or(5, Duration.ofHours(1));
    }

    /** Public dossier lookups from one client address. */
    Limit lookupLimit() {
        return or(lookup).or(30, Duration.ofMinutes(10));
    }

    /** Public lookups of one dossier code, from any address: 10,000 phone-digit guesses take years. */
    Limit lookupCodeLimit() {
        return or(lookupCode).or(10, Duration.ofHours(1));
    }

    /** Payment notifications from one address (the gateway's). */
    Limit ipnLimit() {
        return or(ipn).or(300, Duration.ofMinutes(1));
    }

    /** Sync batches of one source system (by its key): up to 1,000 records each. */
    Limit syncLimit() {
        return or(sync).or(120, Duration.ofMinutes(1));
    }

    /** Open311 service requests created with one client application's API key (and from one address). */
    Limit open311Limit() {
        return or(open311).or(60, Duration.ofMinutes(1));
    }

    /** Feedback sent from one client address, signed in or not (the portal's form and API). */
    Limit feedbackLimit() {
        return or(feedback).or(20, Duration.ofHours(1));
    }

    /** Questions to the virtual assistant from one client address. */
    Limit assistantLimit() {
        return or(assistant).or(60, Duration.ofMinutes(1));
    }

    private static Setting or(Setting setting) {
        return setting != null ? setting : new Setting(null, null);
    }
}
