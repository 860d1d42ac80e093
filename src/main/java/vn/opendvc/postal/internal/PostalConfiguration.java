package vn.opendvc.postal.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Which {@link Carrier} there is: the configured carrier when a URL is set, the simulator in the demo without one,
 * otherwise none (delivery by post is not offered).
 */
@Configuration(proxyBeanMethods = false)
public class PostalConfiguration {

    @Bean
    PostalSettings postalSettings(Environment environment) {
        return PostalSettings.read(environment).checked();
    }

    @Bean
    @Conditional(CarrierConfigured.class)
    HttpCarrier httpCarrier(PostalSettings settings) {
        return new HttpCarrier(settings.url(), settings.apiKey(), HttpCarrier.CONNECT_TIMEOUT, HttpCarrier.READ_TIMEOUT);
    }

    @Bean
    @Conditional(SimulatorOn.class)
    CarrierSimulator carrierSimulator() {
        return new CarrierSimulator();
    }

    static class CarrierConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return PostalSettings.read(context.getEnvironment()).carrier();
        }
    }

    /** The simulator stands in for the carrier (the same rule as {@link PostalSettings#simulating()}). */
    public static class SimulatorOn implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return PostalSettings.read(context.getEnvironment()).simulating();
        }
    }
}
