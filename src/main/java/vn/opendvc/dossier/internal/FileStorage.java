package vn.opendvc.dossier.internal;

import java.io.InputStream;

/**
 * Where dossier files live. The default keeps them on local disk; a deployment with several nodes plugs in shared
 * (S3-compatible) storage behind the same interface.
 */
interface FileStorage {

    /** Stores the bytes and returns the key to read them back. */
    String store(byte[] content);

    InputStream open(String key);
}
