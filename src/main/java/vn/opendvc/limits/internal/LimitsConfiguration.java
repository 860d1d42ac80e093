package vn.opendvc.limits.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import tools.jackson.databind.json.JsonMapper;
import vn.opendvc.web.Translations;

/** The rate-limit filter, ahead of the security filters, and the store of its buckets. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LimitProperties.class)
class LimitsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(LimitsConfiguration.class);

    /** Spring Security's filter chain is registered at -100: the limits run first. */
    static final int FILTER_ORDER = -110;

    /** Buckets held in memory at most; older ones are dropped first (they are the fullest). */
    private static final long MAX_MEMORY_BUCKETS = 200_000;

    @Bean
    BucketStore bucketStore(LimitProperties limits, DataSource dataSource) throws SQLException {
        boolean database = switch (limits.store()) {
            case "database" -> true;
            case "memory" -> false;
            case "auto" -> isPostgreSql(dataSource);
            default -> throw new IllegalStateException(
                    "opendvc.limits.store must be auto, database or memory, not " + limits.store());
        };
        log.info("Rate-limit counters kept {}", database ? "in the database (shared by every node)" : "in memory");
        if (database) {
            return new DatabaseBuckets(dataSource);
        }
        Duration longest = Stream.of(limits.loginLimit(), limits.tokenLimit(), limits.registrationLimit(), limits.lookupLimit(),
                limits.lookupCodeLimit(), limits.ipnLimit()).map(Limit::period).max(Duration::compareTo).orElseThrow();
        return new MemoryBuckets(longest, MAX_MEMORY_BUCKETS);
    }

    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(LimitProperties limits, BucketStore buckets,
            Translations translations, JsonMapper json) {
        FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(
                new RateLimitFilter(LimitedRequest.of(limits), buckets, translations, json));
        registration.setOrder(FILTER_ORDER);
        return registration;
    }

    /** Rows of buckets that are full again, removed by one node at a time (rows another holds are skipped anyway). */
    @Bean
    ExpiredBuckets expiredBuckets(BucketStore buckets) {
        return new ExpiredBuckets(buckets);
    }

    static class ExpiredBuckets {

        private final BucketStore buckets;

        ExpiredBuckets(BucketStore buckets) {
            this.buckets = buckets;
        }

        @Scheduled(fixedDelayString = "${opendvc.limits.cleanup:PT10M}", initialDelayString = "${opendvc.limits.cleanup:PT10M}")
        @SchedulerLock(name = "limits.bucket-cleanup", lockAtMostFor = "PT10M")
        void remove() {
            if (buckets instanceof DatabaseBuckets database) {
                int removed;
                do {
                    removed = database.removeExpired(1000);
                } while (removed == 1000);
            }
        }
    }

    private static boolean isPostgreSql(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
        }
    }
}
