package vn.opendvc.files.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import vn.opendvc.files.FileStore;

/**
 * Files under {@code opendvc.storage.directory} (default {@code ./data/files}), one random name each: the store of a
 * single node, chosen unless {@code opendvc.storage.kind} says otherwise (several nodes share {@link S3FileStore}).
 */
@Component
@ConditionalOnProperty(name = "opendvc.storage.kind", havingValue = "local", matchIfMissing = true)
class LocalDiskFileStore implements FileStore, StoredFiles {

    private final Path root;

    LocalDiskFileStore(@Value("${opendvc.storage.directory:./data/files}") Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public String store(byte[] content) {
        String key = UUID.randomUUID().toString();
        Path file = path(key);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content, StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        RollbackCleanup.deleteOnRollback(this, key);
        return key;
    }

    @Override
    public InputStream open(String key) {
        try {
            return Files.newInputStream(path(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Stream<String> storedBefore(Instant instant) {
        if (!Files.isDirectory(root)) {
            return Stream.empty();
        }
        try {
            return Files.find(root, 3, (file, attributes) -> attributes.isRegularFile()
                    && attributes.lastModifiedTime().toInstant().isBefore(instant) && isKey(file))
                    .map(file -> file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(path(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Only the files this store wrote, where it wrote them: whatever else an operator keeps there is left alone. */
    private boolean isKey(Path file) {
        String name = file.getFileName().toString();
        try {
            return UUID.fromString(name).toString().equals(name) && path(name).equals(file);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Two levels of sub-folders keep directories small; the key is a UUID, so it cannot escape the root. */
    private Path path(String key) {
        UUID.fromString(key);
        return root.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key);
    }
}
