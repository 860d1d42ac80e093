package vn.opendvc.web.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.opendvc.web.PublicPaths;

/**
 * Assets, the API documentation and the health probes a load balancer reads are open to anyone; the Prometheus
 * metrics are not (the identity module lets only MONITOR and ADMIN accounts read them).
 */
@Configuration(proxyBeanMethods = false)
class WebShellPaths {

    @Bean
    PublicPaths webShellPublicPaths() {
        return PublicPaths.pages("/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/error",
                "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/actuator/health/**");
    }
}
