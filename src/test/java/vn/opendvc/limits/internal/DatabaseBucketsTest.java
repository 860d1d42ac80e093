package vn.opendvc.limits.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.time.Duration;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.opendvc.testing.ApplicationTest;

/**
 * Two stores on one PostgreSQL database stand for two application nodes: they take their tokens from the same
 * bucket. Runs in the PostgreSQL run of the persistence tests; on H2 the counters are in memory and it is skipped.
 */
@ApplicationTest
class DatabaseBucketsTest {

    @Autowired
    DataSource dataSource;

    @Test
    void twoNodesShareOneBucket() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            assumeTrue("PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName()),
                    "the shared store is PostgreSQL's; this run uses " + connection.getMetaData().getDatabaseProductName());
        }
        DatabaseBuckets nodeA = new DatabaseBuckets(dataSource);
        DatabaseBuckets nodeB = new DatabaseBuckets(dataSource);
        Limit limit = new Limit(3, Duration.ofHours(1));
        String key = "test:" + UUID.randomUUID();

        assertThat(nodeA.take(key, limit.bucket()).isConsumed()).isTrue();
        assertThat(nodeB.take(key, limit.bucket()).isConsumed()).isTrue();
        assertThat(nodeA.take(key, limit.bucket()).isConsumed()).isTrue();
        var refused = nodeB.take(key, limit.bucket());
        assertThat(refused.isConsumed()).isFalse();
        assertThat(refused.getNanosToWaitForRefill()).isPositive();
        assertThat(nodeA.take(key, limit.bucket()).isConsumed()).isFalse();

        assertThat(nodeB.take("test:" + UUID.randomUUID(), limit.bucket()).isConsumed()).isTrue();
    }
}
