package vn.opendvc.limits.internal;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;

/** Where the token buckets live: one bucket per key, created with the configuration on first use. */
interface BucketStore {

    /** Takes one token from the key's bucket, or says how long until one is there. */
    ConsumptionProbe take(String key, BucketConfiguration configuration);
}
