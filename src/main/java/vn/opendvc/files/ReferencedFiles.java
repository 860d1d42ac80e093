package vn.opendvc.files;

import java.util.Collection;
import java.util.Set;

/**
 * Implemented by each module that keeps keys of the {@link FileStore} in its own tables: it tells which stored files
 * it still needs. The sweeper of orphan files asks every implementation before deleting a file, so a module that
 * stores files and does not implement this would lose them; the files module never reads another module's tables.
 */
public interface ReferencedFiles {

    /** Of the given keys, those this module still references (a subset; empty when none). */
    Set<String> referenced(Collection<String> keys);
}
