package vn.opendvc.files.internal;

import java.time.Instant;
import java.util.List;

/** What the orphan sweeper needs of a file store beyond the public {@link vn.opendvc.files.FileStore}. */
interface StoredFiles {

    /** Keys of the files stored before {@code instant}. */
    List<String> storedBefore(Instant instant);

    /** Deletes the file; nothing happens when there is none. */
    void delete(String key);
}
