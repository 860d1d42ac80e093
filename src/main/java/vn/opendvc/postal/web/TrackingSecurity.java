package vn.opendvc.postal.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The tracking callback is called by the carrier's servers: no login, no session, no CSRF token. Its shared secret,
 * checked by {@link TrackingApi}, is the authentication. Only this one path is let through (as the SMS delivery
 * receipts are); the rest of {@code /api} keeps the bearer-token chain.
 */
@Configuration(proxyBeanMethods = false)
class TrackingSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain postalTrackingCallback(HttpSecurity http) throws Exception {
        http.securityMatcher(TrackingApi.PATH)
                .authorizeHttpRequests(authorize -> authorize.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable());
        return http.build();
    }
}
