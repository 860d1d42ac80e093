package vn.opendvc.audit.internal;

import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.function.SingletonSupplier;

/** The platform key: the configured keystore, or the demo key in the database (read on first use, after Flyway). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuditProperties.class)
class AuditConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AuditConfiguration.class);

    @Bean
    PlatformKeySource platformKey(AuditProperties properties, JdbcClient jdbc,
            PlatformTransactionManager transactions) {
        if (properties.keystore().configured()) {
            PlatformKey key = PlatformKeys.fromKeystore(properties.keystore());
            return () -> key;
        }
        log.warn("No opendvc.audit.keystore.path: audit checkpoints are signed with a DEMO platform key");
        Supplier<PlatformKey> demo = SingletonSupplier.of(() -> PlatformKeys.demo(jdbc, transactions));
        return demo::get;
    }

    /** The platform key, loaded when first needed. */
    @FunctionalInterface
    interface PlatformKeySource {
        PlatformKey key();
    }
}
