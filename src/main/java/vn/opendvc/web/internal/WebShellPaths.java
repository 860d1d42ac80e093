package vn.opendvc.web.internal;

import java.util.Map;

import org.springframework.boot.web.server.MimeMappings;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.servlet.ConfigurableServletWebServerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.opendvc.web.PublicPaths;

/**
 * Assets, the API documentation and the health probes a load balancer reads are open to anyone; the Prometheus
 * metrics are not (the identity module lets only MONITOR and ADMIN accounts read them). So is what makes the portal
 * an installable app: its manifest, icons, service worker and the offline page that worker shows.
 */
@Configuration(proxyBeanMethods = false)
class WebShellPaths {

    @Bean
    PublicPaths webShellPublicPaths() {
        return PublicPaths.pages("/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/error",
                "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/actuator/health/**",
                "/manifest.webmanifest", "/sw.js", "/icons/**", "/offline.html");
    }

    /** The server's list of file types does not know the web app manifest's own. */
    @Bean
    WebServerFactoryCustomizer<ConfigurableServletWebServerFactory> webManifestType() {
        return factory -> factory.addMimeMappings(
                new MimeMappings(Map.of("webmanifest", "application/manifest+json")));
    }
}
