package vn.opendvc.notification.sms;

/**
 * Sends texts to a brandname SMS provider. There is no bean at all when the channel is off (no provider configured
 * and no simulator): callers ask for it through an {@code ObjectProvider<SmsGateway>}.
 */
public interface SmsGateway {

    /**
     * Hands the text to the provider.
     *
     * @return the provider's message id
     * @throws SmsFailure when refused or when the provider cannot be reached
     */
    String send(SmsMessage message);
}
