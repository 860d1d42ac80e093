package vn.opendvc.notification.sms;

/** Receives delivery receipts from the provider (or the simulator); implemented by the notification outbox. */
public interface SmsDeliveryReceipts {

    /**
     * @param clientReference the reference the text was sent with ({@link SmsMessage#clientReference()})
     * @param detail          the provider's words about the outcome, if any
     * @return false when no SMS with that reference is known
     */
    boolean record(String clientReference, Outcome outcome, String detail);

    enum Outcome {
        DELIVERED,
        /** Not delivered yet but may still be (the phone was off until the provider gave up): worth sending again. */
        TEMPORARY_FAILURE,
        PERMANENT_FAILURE
    }
}
