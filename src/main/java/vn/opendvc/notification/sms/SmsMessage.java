package vn.opendvc.notification.sms;

import java.util.Objects;

/**
 * A text for one phone.
 *
 * @param phone           international form {@code +84xxxxxxxxx}
 * @param text            the text as composed; each gateway folds it as configured ({@link SmsText#forGateway})
 * @param clientReference our id, echoed in the delivery receipt
 */
public record SmsMessage(String phone, String text, String clientReference) {

    public SmsMessage {
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(clientReference, "clientReference");
    }

    /** Only the reference: a phone number and what was said to it are personal data and stay out of logs. */
    @Override
    public String toString() {
        return "SmsMessage[" + clientReference + "]";
    }
}
