package vn.opendvc.files.internal;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;
import vn.opendvc.files.FileStore;

/**
 * Files in an S3-compatible bucket ({@code opendvc.storage.kind=s3}, see {@link S3Settings}), so that every node reads
 * what any node stored. The key is a random UUID, as on disk, under the configured prefix; the object is written only
 * if no object has that key ({@code If-None-Match: *}) and with its MD5, so a stored file is never overwritten nor
 * stored damaged. The bucket is checked at start: a wrong name or wrong keys stop the node at once, not at the first
 * upload.
 */
@Component
@ConditionalOnProperty(name = "opendvc.storage.kind", havingValue = "s3")
class S3FileStore implements FileStore, StoredFiles, DisposableBean {

    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    S3FileStore(S3Settings settings) {
        this.s3 = settings.client();
        this.bucket = settings.bucket();
        this.prefix = settings.prefix();
        try {
            s3.headBucket(request -> request.bucket(bucket));
        } catch (NoSuchBucketException e) {
            s3.close();
            throw new IllegalStateException("The bucket " + bucket + " does not exist at " + settings.endpoint(), e);
        } catch (S3Exception e) {
            s3.close();
            throw new IllegalStateException("The bucket " + bucket + " at " + settings.endpoint()
                    + " cannot be reached with the configured keys (HTTP " + e.statusCode() + ")", e);
        }
    }

    @Override
    public String store(byte[] content) {
        String key = UUID.randomUUID().toString();
        storeUnder(key, content);
        RollbackCleanup.deleteOnRollback(this, key);
        return key;
    }

    /**
     * The SDK retries a PUT whose answer it did not get; when the first attempt did reach the bucket, the retry finds
     * the key taken ({@code 412}). The key is new, so the object there is this call's own if it holds these bytes.
     */
    void storeUnder(String key, byte[] content) {
        byte[] md5 = md5(content);
        try {
            s3.putObject(request -> request.bucket(bucket).key(prefix + key).ifNoneMatch("*")
                    .contentMD5(Base64.getEncoder().encodeToString(md5)).contentType("application/octet-stream"),
                    RequestBody.fromBytes(content));
        } catch (S3Exception e) {
            if (e.statusCode() != 412 || !holds(key, content.length, md5)) {
                throw e;
            }
        }
    }

    private boolean holds(String key, long length, byte[] md5) {
        HeadObjectResponse head = s3.headObject(request -> request.bucket(bucket).key(prefix + key));
        return head.contentLength() == length && HexFormat.of().formatHex(md5).equals(head.eTag().replace("\"", ""));
    }

    @Override
    public InputStream open(String key) {
        UUID.fromString(key);
        try {
            return s3.getObject(request -> request.bucket(bucket).key(prefix + key));
        } catch (NoSuchKeyException e) {
            // as a missing file on disk: the callers know one kind of "not there"
            NoSuchFileException missing = new NoSuchFileException(key);
            missing.initCause(e);
            throw new UncheckedIOException(missing);
        }
    }

    @Override
    public Stream<String> storedBefore(Instant instant) {
        return s3.listObjectsV2Paginator(request -> request.bucket(bucket).prefix(prefix)).contents().stream()
                .filter(object -> object.lastModified().isBefore(instant))
                .map(S3Object::key)
                .map(name -> name.substring(prefix.length()))
                .filter(S3FileStore::isKey);
    }

    @Override
    public void delete(String key) {
        UUID.fromString(key);
        s3.deleteObject(request -> request.bucket(bucket).key(prefix + key));
    }

    @Override
    public void destroy() {
        s3.close();
    }

    /** Only what this store wrote: whatever else the bucket holds under the prefix is left alone. */
    private static boolean isKey(String name) {
        try {
            return UUID.fromString(name).toString().equals(name);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] md5(byte[] content) {
        try {
            return MessageDigest.getInstance("MD5").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
