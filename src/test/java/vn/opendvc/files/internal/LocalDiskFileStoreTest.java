package vn.opendvc.files.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

/** The embedded default: files on the node's own disk. */
class LocalDiskFileStoreTest extends FileStoreContract {

    @TempDir
    Path folder;
    private LocalDiskFileStore store;

    @Override
    @SuppressWarnings("unchecked")
    LocalDiskFileStore store() {
        if (store == null) {
            store = new LocalDiskFileStore(folder);
        }
        return store;
    }

    @Override
    void placeForeignFile(String name) {
        try {
            Path file = folder.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "an operator's note");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
