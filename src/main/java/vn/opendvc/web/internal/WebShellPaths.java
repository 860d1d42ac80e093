package vn.opendvc.web.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.opendvc.web.PublicPaths;

/** Assets, the API documentation and the probes a load balancer and Prometheus read are open to anyone. */
@Configuration(proxyBeanMethods = false)
class WebShellPaths {

    @Bean
    PublicPaths webShellPublicPaths() {
        return PublicPaths.pages("/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/error",
                "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/actuator/health/**",
                "/actuator/prometheus");
    }
}
