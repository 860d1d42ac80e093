package vn.opendvc.notification;

import java.time.Duration;
import java.util.Optional;

/**
 * Sends a one-time code (for a consent, a sensitive change) to an account's own phone, or to its e-mail address when
 * it has no phone. The caller makes and checks the code; this only delivers it, at once and as a security message
 * (the account's preferences cannot switch it off).
 */
public interface OneTimeCodes {

    /**
     * Where the code went, masked for showing ("SMS to ******789").
     *
     * @param channel {@code SMS} or {@code EMAIL}
     */
    record Sent(String channel, String maskedAddress) {
    }

    /**
     * @param purpose  what the code is for, shown in the message (e.g. "đồng ý chia sẻ dữ liệu")
     * @param validFor how long the caller accepts the code, shown in the message
     * @return empty when the account has neither a phone nor an e-mail address the portal can reach
     */
    Optional<Sent> send(long accountId, String code, String purpose, Duration validFor);
}
