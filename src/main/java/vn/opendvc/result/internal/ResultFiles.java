package vn.opendvc.result.internal;

/**
 * Where the bytes of results and stored documents live; the database keeps only their metadata. Several application
 * nodes need an implementation on shared storage (a shared volume or an S3-compatible store).
 */
interface ResultFiles {

    /** Stores the bytes under a new random key and returns the key. */
    String store(byte[] content);

    byte[] read(String key);
}
