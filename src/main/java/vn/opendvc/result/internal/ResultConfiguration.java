package vn.opendvc.result.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import vn.opendvc.result.ResultRejected;
import vn.opendvc.web.DemoMode;
import vn.opendvc.web.Message;
import vn.opendvc.web.PublicPaths;

/**
 * The agencies' keys: the configured PKCS#12 keystore; in the demo without one, demo keys under a demo root CA.
 * Outside the demo, demo keys are never used: without a keystore no generated result can be signed (officers upload
 * results signed elsewhere), and a database that holds demo keys (protected by a published default password, under a
 * CA nobody trusts) refuses to start, so a demo database is not taken into production by accident.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ResultProperties.class)
class ResultConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ResultConfiguration.class);

    @Bean
    AgencyKeys agencyKeys(ResultProperties properties, JdbcClient jdbc, PlatformTransactionManager transactions,
            Environment environment) {
        if (properties.keystore().configured()) {
            return new KeystoreAgencyKeys(properties.keystore());
        }
        if (!DemoMode.on(environment)) {
            log.warn("No opendvc.result.keystore.path (OPENDVC_RESULT_KEYSTORE): generated results cannot be signed;"
                    + " officers can still upload results signed elsewhere");
            return (agencyCode, agencyName) -> {
                throw new ResultRejected(Message.of("result.rejected.no-signing-key", agencyCode));
            };
        }
        log.warn("No opendvc.result.keystore.path: results are signed with DEMO keys under the OpenDVC demo root CA");
        return new DemoAgencyKeys(jdbc, transactions, properties.demoKeys());
    }

    /** Checked once the schema is migrated. */
    @Bean
    ApplicationRunner noDemoKeysOutsideTheDemo(JdbcClient jdbc, Environment environment) {
        return args -> {
            if (DemoMode.on(environment)) {
                return;
            }
            long keys = jdbc.sql("select count(*) from result_demo_key").query(Long.class).single();
            if (keys > 0) {
                throw new IllegalStateException("Not a demo (opendvc.demo is off), yet this database holds " + keys
                        + " demo signing keys (table result_demo_key, published default password): start the demo"
                        + " with OPENDVC_DEMO=true, or use a database that never served the demo");
            }
        };
    }

    /** The verification page is open to anyone: a verifier at another agency has no account here. */
    @Bean
    PublicPaths resultPublicPaths() {
        return PublicPaths.pages("/verify/**");
    }
}
