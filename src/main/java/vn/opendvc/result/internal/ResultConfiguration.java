package vn.opendvc.result.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import vn.opendvc.web.PublicPaths;

/** The agencies' keys: the configured PKCS#12 keystore, or demo keys under a demo root CA when none is set. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ResultProperties.class)
class ResultConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ResultConfiguration.class);

    @Bean
    AgencyKeys agencyKeys(ResultProperties properties, JdbcClient jdbc, PlatformTransactionManager transactions) {
        if (properties.keystore().configured()) {
            return new KeystoreAgencyKeys(properties.keystore());
        }
        log.warn("No opendvc.result.keystore.path: results are signed with DEMO keys under the OpenDVC demo root CA");
        return new DemoAgencyKeys(jdbc, transactions, properties.demoKeys());
    }

    /** The verification page is open to anyone: a verifier at another agency has no account here. */
    @Bean
    PublicPaths resultPublicPaths() {
        return PublicPaths.pages("/verify/**");
    }
}
