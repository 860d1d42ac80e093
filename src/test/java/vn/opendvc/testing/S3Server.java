package vn.opendvc.testing;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;
import org.jclouds.blobstore.domain.PageSet;
import org.jclouds.blobstore.domain.StorageMetadata;
import org.jclouds.blobstore.options.ListContainerOptions;

/**
 * A real S3-compatible server inside the test JVM: S3Proxy (from Maven Central) over a folder under {@code target/},
 * on a free port of 127.0.0.1, checking AWS V4 signatures with its own keys. Started once, at the first test that
 * asks, and left running until the JVM ends; every caller gets its own bucket, so tests never see each other's files.
 */
public final class S3Server {

    public static final String ACCESS_KEY = "opendvc-test";
    public static final String SECRET_KEY = "opendvc-test-secret-key";

    private static S3Server running;

    private final S3Proxy proxy;
    private final BlobStore blobs;
    private final Path folder;

    private S3Server() throws Exception {
        folder = Files.createDirectories(Path.of("target", "test-s3")).toAbsolutePath();
        Properties overrides = new Properties();
        overrides.setProperty("jclouds.filesystem.basedir", folder.toString());
        BlobStoreContext context = ContextBuilder.newBuilder("filesystem").credentials("unused", "unused")
                .overrides(overrides).buildView(BlobStoreContext.class);
        blobs = context.getBlobStore();
        proxy = S3Proxy.builder().blobStore(blobs).endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY).build();
        proxy.start();
        while (!"STARTED".equals(proxy.getState())) {
            if ("FAILED".equals(proxy.getState())) {
                throw new IllegalStateException("S3Proxy did not start");
            }
            Thread.sleep(10);
        }
    }

    public static synchronized S3Server get() {
        if (running == null) {
            try {
                running = new S3Server();
            } catch (Exception e) {
                throw new IllegalStateException("cannot start S3Proxy", e);
            }
        }
        return running;
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + proxy.getPort());
    }

    /** A new empty bucket. */
    public String newBucket(String name) {
        String bucket = name + "-" + Long.toHexString(System.nanoTime());
        blobs.createContainerInLocation(null, bucket);
        return bucket;
    }

    /** Whether the bucket holds an object with this name, asked of the server's own store, not through S3. */
    public boolean holds(String bucket, String name) {
        return blobs.blobExists(bucket, name);
    }

    /** The names of the objects in the bucket, as the server's own store lists them. */
    public Set<String> objects(String bucket) {
        Set<String> names = new HashSet<>();
        String marker = null;
        do {
            ListContainerOptions options = ListContainerOptions.Builder.recursive();
            PageSet<? extends StorageMetadata> page = blobs.list(bucket,
                    marker == null ? options : options.afterMarker(marker));
            page.forEach(object -> names.add(object.getName()));
            marker = page.getNextMarker();
        } while (marker != null);
        return names;
    }

    /** Puts an object that no file store wrote (an operator's note, another application's file). */
    public void putForeign(String bucket, String name, byte[] content) {
        blobs.putBlob(bucket, blobs.blobBuilder(name).payload(content).build());
    }

    /** The Spring properties that make the application keep its files in {@code bucket}. */
    public Map<String, String> properties(String bucket) {
        return Map.of("opendvc.storage.kind", "s3",
                "opendvc.storage.s3.endpoint", endpoint().toString(),
                "opendvc.storage.s3.bucket", bucket,
                "opendvc.storage.s3.access-key", ACCESS_KEY,
                "opendvc.storage.s3.secret-key", SECRET_KEY);
    }
}
