package vn.opendvc.payment.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

import vn.opendvc.payment.internal.PaymentMode;
import vn.opendvc.web.PublicPaths;

/**
 * Open paths: the IPN (the gateway calls it without any login; its signature is the authentication), the fee quote,
 * the return page, and in the demo the simulator's pages.
 */
@Configuration(proxyBeanMethods = false)
class PaymentWebConfiguration {

    static final String QUERYDR_PATH = "/payments/simulator/querydr";

    @Bean
    PublicPaths paymentPublicPaths(PaymentMode mode) {
        PublicPaths paths = PublicPaths.pages("/payments/vnpay/return")
                .and(PublicPaths.apiReads("/api/v1/payments/vnpay/ipn", "/api/v1/payments/fee-quote"));
        return mode.simulator() ? paths.and(PublicPaths.pages("/payments/simulator/**")) : paths;
    }

    /**
     * The simulator's {@code querydr} is a server-to-server JSON POST authenticated by its checksum, like VNPay's: no
     * session, no CSRF token. Only this one path, and only while the simulator runs.
     */
    @Bean
    @Order(0)
    @Conditional(PaymentMode.SimulatorOn.class)
    SecurityFilterChain paymentSimulatorApi(HttpSecurity http) throws Exception {
        http.securityMatcher(QUERYDR_PATH)
                .authorizeHttpRequests(authorize -> authorize.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable());
        return http.build();
    }
}
