package vn.opendvc.limits.internal;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Buckets in this node's memory, for the embedded single-node database. Bounded, so that requests with ever new keys
 * (addresses, dossier codes) cannot fill the heap; a bucket unused for longer than the longest period is full again
 * anyway and is dropped.
 */
final class MemoryBuckets implements BucketStore {

    private final Cache<String, Bucket> buckets;

    MemoryBuckets(Duration longestPeriod, long maximumBuckets) {
        this.buckets = Caffeine.newBuilder().expireAfterAccess(longestPeriod).maximumSize(maximumBuckets).build();
    }

    @Override
    public ConsumptionProbe take(String key, BucketConfiguration configuration) {
        Bucket bucket = buckets.get(key, k -> {
            var builder = Bucket.builder();
            for (var bandwidth : configuration.getBandwidths()) {
                builder.addLimit(bandwidth);
            }
            return builder.build();
        });
        return bucket.tryConsumeAndReturnRemaining(1);
    }
}
