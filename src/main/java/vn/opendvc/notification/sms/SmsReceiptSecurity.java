package vn.opendvc.notification.sms;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The delivery-receipt callback is called by the provider's servers: no login, no session, no CSRF token. Its shared
 * secret, checked by {@link SmsReceiptApi}, is the authentication. Only this one path is let through (as the payment
 * simulator's {@code querydr} is); the rest of {@code /api} keeps the bearer-token chain.
 */
@Configuration(proxyBeanMethods = false)
class SmsReceiptSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain smsDeliveryReceipts(HttpSecurity http) throws Exception {
        http.securityMatcher(SmsReceiptApi.PATH)
                .authorizeHttpRequests(authorize -> authorize.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable());
        return http.build();
    }
}
