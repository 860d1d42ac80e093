package vn.opendvc.limits.internal;

import java.time.Duration;

import io.github.bucket4j.BucketConfiguration;

/** At most {@code capacity} requests per {@code period}, refilled gradually (one token every period / capacity). */
record Limit(long capacity, Duration period) {

    Limit {
        if (capacity < 1 || period == null || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("A limit needs a capacity of at least 1 and a positive period");
        }
    }

    /**
     * Names the limit in a bucket's key: the bucket stores the configuration it was created with, so a changed limit
     * (or another node or test run on the same database with other limits) must count in buckets of its own, not
     * inherit the old capacity; the old buckets simply expire.
     */
    String id() {
        return capacity + "/" + period;
    }

    BucketConfiguration bucket() {
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, period))
                .build();
    }
}
