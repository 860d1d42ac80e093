package vn.opendvc.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The files the file store holds in the tests ({@code opendvc.storage.directory}, set by the Surefire configuration),
 * to check what an operation left on disk, not only in the database.
 */
public final class StorageFolder {

    public static Set<Path> files() {
        Path root = Path.of(System.getProperty("opendvc.storage.directory", "target/test-files"));
        if (!Files.isDirectory(root)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files stored since {@code before} was taken. */
    public static Set<Path> since(Set<Path> before) {
        return files().stream().filter(file -> !before.contains(file)).collect(Collectors.toSet());
    }

    private StorageFolder() {
    }
}
