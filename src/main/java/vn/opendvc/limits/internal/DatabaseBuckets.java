package vn.opendvc.limits.internal;

import java.time.Duration;

import javax.sql.DataSource;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

/**
 * Buckets in the PostgreSQL table {@code rate_limit_bucket}, read and written under {@code SELECT ... FOR UPDATE}, so
 * that every node of a cluster takes its tokens from the same bucket. A bucket's row expires once the bucket would be
 * full again; {@link #removeExpired} deletes such rows.
 */
final class DatabaseBuckets implements BucketStore {

    static final String TABLE = "rate_limit_bucket";

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

    DatabaseBuckets(DataSource dataSource) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(TABLE)
                .expirationAfterWrite(ExpirationAfterWriteStrategy
                        .basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
    }

    @Override
    public ConsumptionProbe take(String key, BucketConfiguration configuration) {
        return buckets.getProxy(key, () -> configuration).tryConsumeAndReturnRemaining(1);
    }

    /** Deletes up to {@code batchSize} rows of buckets that are full again; safe to run on every node at once. */
    int removeExpired(int batchSize) {
        return buckets.removeExpired(batchSize);
    }
}
