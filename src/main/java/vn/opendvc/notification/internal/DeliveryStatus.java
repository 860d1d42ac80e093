package vn.opendvc.notification.internal;

import java.util.Arrays;

import org.springframework.context.MessageSourceResolvable;

/**
 * Where one message stands, in GOV.UK Notify's words: written ({@code created}), handed to the channel and not yet
 * confirmed ({@code sending}), {@code delivered}, failed for now and to be tried again ({@code temporary-failure}),
 * or given up ({@code permanent-failure}).
 */
public enum DeliveryStatus implements MessageSourceResolvable {
    CREATED("created"),
    SENDING("sending"),
    DELIVERED("delivered"),
    TEMPORARY_FAILURE("temporary-failure"),
    PERMANENT_FAILURE("permanent-failure");

    private final String word;

    DeliveryStatus(String word) {
        this.word = word;
    }

    /** The word stored and shown in the API. */
    public String word() {
        return word;
    }

    static DeliveryStatus of(String word) {
        return Arrays.stream(values()).filter(s -> s.word.equals(word)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No delivery status " + word));
    }

    @Override
    public String[] getCodes() {
        return new String[] {"notification.statuses." + word};
    }
}
