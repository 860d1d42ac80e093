package vn.opendvc.files.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.s3.model.S3Exception;
import vn.opendvc.testing.S3Server;

/**
 * Files in S3-compatible storage, against a real S3 server (S3Proxy in the test JVM, signatures checked): the same
 * contract as the local disk, keys under the configured prefix, and a wrong bucket or wrong keys stop the node at start.
 */
class S3FileStoreTest extends FileStoreContract {

    private final S3Server server = S3Server.get();
    private final String bucket = server.newBucket("contract");
    private S3FileStore store;

    @Override
    @SuppressWarnings("unchecked")
    S3FileStore store() {
        if (store == null) {
            store = new S3FileStore(settings(bucket, S3Server.SECRET_KEY));
        }
        return store;
    }

    @Override
    void placeForeignFile(String name) {
        server.putForeign(bucket, "opendvc/" + name, "an operator's note".getBytes());
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.destroy();
        }
    }

    @Test
    void objectsAreNamedByTheKeyUnderThePrefix() {
        String key = store().store("bytes".getBytes());
        assertThat(server.holds(bucket, "opendvc/" + key)).isTrue();
        assertThat(server.holds(bucket, key)).isFalse();
    }

    @Test
    void aRetriedWriteThatFindsItsOwnFirstAttemptSucceedsAndAnyOtherObjectIsNeverOverwritten() throws Exception {
        String key = UUID.randomUUID().toString();
        byte[] content = "giấy khai sinh".getBytes(StandardCharsets.UTF_8);
        store().storeUnder(key, content);
        // the SDK's retry after a lost answer: the key holds these very bytes
        store().storeUnder(key, content);
        try (var in = store().open(key)) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        assertThatThrownBy(() -> store().storeUnder(key, "khác".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(S3Exception.class).hasMessageContaining("412");
        try (var in = store().open(key)) {
            assertThat(in.readAllBytes()).as("never overwritten").isEqualTo(content);
        }
    }

    @Test
    void aMissingBucketOrAWrongSecretStopsTheNodeAtStartWithoutShowingTheSecret() {
        assertThatThrownBy(() -> new S3FileStore(settings("no-such-bucket", S3Server.SECRET_KEY)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no-such-bucket");
        assertThatThrownBy(() -> new S3FileStore(settings(bucket, "wrong-secret-key")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("403")
                .hasMessageNotContaining("wrong-secret-key");
        assertThat(settings(bucket, S3Server.SECRET_KEY).toString()).doesNotContain(S3Server.SECRET_KEY)
                .doesNotContain(S3Server.ACCESS_KEY);
    }

    private S3Settings settings(String bucket, String secret) {
        return new S3Settings(server.endpoint(), bucket, null, null, "opendvc/", S3Server.ACCESS_KEY, secret);
    }
}
