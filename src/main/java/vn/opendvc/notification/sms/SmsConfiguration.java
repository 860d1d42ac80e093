package vn.opendvc.notification.sms;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

import vn.opendvc.web.PublicPaths;

/**
 * Which {@link SmsGateway} there is: the configured provider ({@link HttpSmsGateway}) when a URL is set; otherwise the
 * simulator when it is on (in the demo by default); otherwise none, and the SMS channel is off.
 */
@Configuration(proxyBeanMethods = false)
class SmsConfiguration {

    /** The provider's delivery receipts come without login; the handler checks the shared secret. */
    @Bean
    PublicPaths smsReceiptPaths() {
        return PublicPaths.apiCallbacks(SmsReceiptApi.PATH);
    }

    @Bean
    SmsSettings smsSettings(Environment environment) {
        return SmsSettings.read(environment).checked();
    }

    @Bean
    @Conditional(ProviderConfigured.class)
    HttpSmsGateway httpSmsGateway(SmsSettings settings) {
        return new HttpSmsGateway(settings);
    }

    @Bean
    @Conditional(SimulatorOn.class)
    SmsSimulator smsSimulator(SmsSettings settings, ObjectProvider<SmsDeliveryReceipts> receipts,
            ObjectProvider<Clock> clock) {
        return new SmsSimulator(receipts, settings.asciiOnly(), clock.getIfAvailable(Clock::systemUTC),
                SmsSimulator.DELIVERY_DELAY);
    }

    static class ProviderConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return SmsSettings.read(context.getEnvironment()).provider();
        }
    }

    /** The simulator stands in for a provider (the same rule as {@link SmsSettings#simulating()}). */
    static class SimulatorOn implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return SmsSettings.read(context.getEnvironment()).simulating();
        }
    }
}
