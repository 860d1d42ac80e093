package vn.opendvc;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

/**
 * Scheduled jobs that must run once per cluster (digests, sweeps, reconciliation, retries) carry ShedLock's
 * {@code @SchedulerLock}: the node that takes the job's row in the table {@code shedlock} (V105) runs it, the others
 * skip that turn. The times are the database's, so the nodes' clocks need not agree. The lock is the outermost advice:
 * taken before a job's transaction begins, given back after it commits. A node that dies holding a lock frees it after
 * the job's {@code lockAtMostFor}. Jobs that keep something of the node itself (its in-memory search indexes) are not
 * locked, and say so.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M", order = Ordered.HIGHEST_PRECEDENCE)
class ClusterScheduling {

    @Bean
    LockProvider scheduledJobLocks(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().build());
    }
}
