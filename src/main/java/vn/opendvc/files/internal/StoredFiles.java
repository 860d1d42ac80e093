package vn.opendvc.files.internal;

import java.time.Instant;
import java.util.stream.Stream;

/** What the orphan sweeper needs of a file store beyond the public {@link vn.opendvc.files.FileStore}. */
interface StoredFiles {

    /**
     * Keys of the files stored before {@code instant}, read as they are consumed (a bucket may hold millions), so the
     * caller closes the stream.
     */
    Stream<String> storedBefore(Instant instant);

    /** Deletes the file; nothing happens when there is none. */
    void delete(String key);
}
