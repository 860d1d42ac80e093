package vn.opendvc.notification.internal;

import org.springframework.stereotype.Component;

import vn.opendvc.notification.sms.SmsDeliveryReceipts;

/** A provider's delivery receipt moves the SMS it names (by our message id) to delivered or failed. */
@Component
class SmsReceipts implements SmsDeliveryReceipts {

    private final Outbox outbox;
    private final Dispatcher dispatcher;

    SmsReceipts(Outbox outbox, Dispatcher dispatcher) {
        this.outbox = outbox;
        this.dispatcher = dispatcher;
    }

    @Override
    public boolean record(String clientReference, Outcome outcome, String detail) {
        long id;
        try {
            id = Long.parseLong(clientReference.strip());
        } catch (NumberFormatException | NullPointerException e) {
            return false;
        }
        DeliveryStatus status = switch (outcome) {
            case DELIVERED -> DeliveryStatus.DELIVERED;
            case TEMPORARY_FAILURE -> DeliveryStatus.TEMPORARY_FAILURE;
            case PERMANENT_FAILURE -> DeliveryStatus.PERMANENT_FAILURE;
        };
        boolean known = outbox.receipt(id, status, detail);
        if (known && status == DeliveryStatus.TEMPORARY_FAILURE) {
            dispatcher.wakeUp();
        }
        return known;
    }
}
