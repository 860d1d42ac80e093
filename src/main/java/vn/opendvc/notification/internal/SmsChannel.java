package vn.opendvc.notification.internal;

import vn.opendvc.notification.sms.SmsFailure;
import vn.opendvc.notification.sms.SmsGateway;
import vn.opendvc.notification.sms.SmsMessage;

/**
 * The SMS channel: the message's short text to the configured provider (or the demo's simulator), the message id as
 * the client reference; the provider's delivery receipt later says whether it arrived.
 */
class SmsChannel implements ChannelSender {

    private final SmsGateway gateway;

    SmsChannel(SmsGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.SMS;
    }

    @Override
    public String send(Outgoing message) {
        try {
            return gateway.send(new SmsMessage(message.address(), message.body(), String.valueOf(message.id())));
        } catch (SmsFailure e) {
            throw new SendFailure(e.getMessage(), e.permanent(), e);
        }
    }
}
