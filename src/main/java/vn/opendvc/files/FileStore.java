package vn.opendvc.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Stores bytes under a new random key and gives them back; a stored file is never overwritten. A file stored during a
 * transaction that rolls back is deleted with it, and a file left behind by a crash (stored, its row never committed)
 * is deleted by the orphan sweeper once no module's {@link ReferencedFiles} claims it.
 */
public interface FileStore {

    /** Stores the bytes and returns the key to read them back. */
    String store(byte[] content);

    InputStream open(String key);

    default byte[] read(String key) {
        try (InputStream in = open(key)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
