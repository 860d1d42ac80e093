package vn.opendvc.result.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;

import vn.opendvc.result.ResultRejected;

/**
 * Demo signing keys only in the demo: outside it, no keystore means no generated result can be signed, and a database
 * that holds demo keys (default password, demo CA) refuses to start.
 */
class DemoKeysOutsideTheDemoTest {

    @Configuration(proxyBeanMethods = false)
    static class Database {
        @Bean(destroyMethod = "shutdown")
        DataSource dataSource() {
            return new EmbeddedDatabaseBuilder().setType(EmbeddedDatabaseType.H2).generateUniqueName(true)
                    .addScript("classpath:db/migration/V60__result.sql").build();
        }

        @Bean
        JdbcClient jdbcClient(DataSource dataSource) {
            return JdbcClient.create(dataSource);
        }

        @Bean
        DataSourceTransactionManager transactionManager(DataSource dataSource) {
            return new DataSourceTransactionManager(dataSource);
        }
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Database.class, ResultConfiguration.class);

    @Test
    void outsideTheDemoWithoutAKeystoreNothingIsSignedWithDemoKeys() {
        runner.withPropertyValues("opendvc.demo=").run(context -> {
            AgencyKeys keys = context.getBean(AgencyKeys.class);
            assertThat(keys).isNotInstanceOf(DemoAgencyKeys.class);
            assertThatThrownBy(() -> keys.keyFor("DNG-HAICHAU", "Phường Hải Châu"))
                    .isInstanceOf(ResultRejected.class).hasMessageContaining("no-signing-key");
            context.getBean(ApplicationRunner.class).run(new DefaultApplicationArguments());
        });
    }

    @Test
    void theDemoSignsWithDemoKeys() {
        runner.withPropertyValues("opendvc.demo=true").run(context -> {
            AgencyKeys keys = context.getBean(AgencyKeys.class);
            assertThat(keys).isInstanceOf(DemoAgencyKeys.class);
            assertThat(keys.keyFor("DNG-HAICHAU", "Phường Hải Châu").certificate().getSubjectX500Principal().getName())
                    .contains("DNG-HAICHAU");
        });
    }

    @Test
    void aDatabaseWithDemoKeysDoesNotStartOutsideTheDemo() {
        runner.withPropertyValues("opendvc.demo=true").run(demo -> {
            DataSource shared = demo.getBean(DataSource.class);
            demo.getBean(AgencyKeys.class).keyFor("DNG-HAICHAU", "Phường Hải Châu");
            new ApplicationContextRunner().withBean(DataSource.class, () -> shared)
                    .withBean(JdbcClient.class, () -> JdbcClient.create(shared))
                    .withBean(DataSourceTransactionManager.class, () -> new DataSourceTransactionManager(shared))
                    .withUserConfiguration(ResultConfiguration.class).withPropertyValues("opendvc.demo=")
                    .run(production -> assertThatThrownBy(() -> production.getBean(ApplicationRunner.class)
                            .run(new DefaultApplicationArguments()))
                            .isInstanceOf(IllegalStateException.class).hasMessageContaining("demo signing keys"));
        });
    }
}
