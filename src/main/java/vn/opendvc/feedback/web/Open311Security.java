package vn.opendvc.feedback.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Open311 is called by other systems (city apps), not by a signed-in browser: no session, no cookie, so no CSRF
 * token either; reading is public and creating checks the client's {@code api_key} in {@link Open311Api}. Its own
 * filter chain, before the pages' one (which would ask a POST for a CSRF token).
 */
@Configuration(proxyBeanMethods = false)
class Open311Security {

    @Bean
    @Order(1)
    SecurityFilterChain open311FilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(Open311Api.BASE + "/**")
                .authorizeHttpRequests(authorize -> authorize.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        return http.build();
    }
}
