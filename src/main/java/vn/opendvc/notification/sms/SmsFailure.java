package vn.opendvc.notification.sms;

/**
 * A provider refused a text or could not be reached. {@link #permanent()}: retrying will not help (a bad number, a
 * blocked one, a 4xx other than 408 and 429); otherwise the text may be sent again later. The reason never holds the
 * phone number or the text.
 */
public class SmsFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean permanent;

    public SmsFailure(String reason, boolean permanent, Throwable cause) {
        super(reason, cause);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}
