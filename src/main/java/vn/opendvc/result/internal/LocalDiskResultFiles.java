package vn.opendvc.result.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Files under {@code <opendvc.storage.directory>/result/}, one random name each, never overwritten. */
@Component
class LocalDiskResultFiles implements ResultFiles {

    private final Path root;

    LocalDiskResultFiles(@Value("${opendvc.storage.directory:./data/files}") Path storage) {
        this.root = storage.toAbsolutePath().normalize().resolve("result");
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
        return key;
    }

    @Override
    public byte[] read(String key) {
        try {
            return Files.readAllBytes(path(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The key is a UUID (checked), so it cannot escape the root. */
    private Path path(String key) {
        UUID.fromString(key);
        return root.resolve(key.substring(0, 2)).resolve(key);
    }
}
