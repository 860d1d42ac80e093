package vn.opendvc.dossier.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.opendvc.web.PublicPaths;

/** The public dossier lookup (code + last 4 digits of the phone) needs no login; everything else does. */
@Configuration(proxyBeanMethods = false)
class DossierPaths {

    @Bean
    PublicPaths dossierPublicPaths() {
        return PublicPaths.pages("/lookup").and(PublicPaths.apiReads("/api/v1/lookup"));
    }
}
