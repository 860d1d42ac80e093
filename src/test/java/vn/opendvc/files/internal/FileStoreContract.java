package vn.opendvc.files.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.h2.Driver;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.opendvc.files.FileStore;

/**
 * What every {@link FileStore} promises, run against each implementation (local disk, S3-compatible storage): bytes
 * come back as stored under a new key each time, a missing file is the same error everywhere, a rolled-back
 * transaction takes its files with it, and the orphan sweeper's listing sees only the store's own files.
 */
abstract class FileStoreContract {

    private final TransactionTemplate transactions = new TransactionTemplate(new JdbcTransactionManager(
            new SimpleDriverDataSource(new Driver(), "jdbc:h2:mem:file-store-contract;DB_CLOSE_DELAY=-1")));

    /** The store under test, the same instance on every call of one test. */
    abstract <S extends FileStore & StoredFiles> S store();

    /** Puts something the store did not write where it keeps its files. */
    abstract void placeForeignFile(String name);

    @Test
    void bytesComeBackAsStoredUnderANewKeyEachTime() {
        byte[] content = "Tờ khai đăng ký khai sinh".getBytes();
        String first = store().store(content);
        String second = store().store(content);
        assertThat(first).isNotEqualTo(second);
        assertThat(store().read(first)).isEqualTo(content);
        assertThat(store().read(second)).isEqualTo(content);
        assertThat(store().read(store().store(new byte[0]))).isEmpty();
    }

    @Test
    void aMissingFileIsAnUncheckedNoSuchFileAndAKeyThatIsNotTheStoresIsRefused() {
        String key = store().store("soon gone".getBytes());
        store().delete(key);
        store().delete(key); // deleting what is not there is no error
        assertThatThrownBy(() -> store().read(key)).isInstanceOf(UncheckedIOException.class)
                .hasCauseInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> store().open("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRolledBackTransactionDeletesItsFilesAndACommittedOneKeepsThem() {
        String[] kept = new String[1];
        String[] rolledBack = new String[2];
        transactions.executeWithoutResult(status -> kept[0] = store().store("committed".getBytes()));
        transactions.executeWithoutResult(status -> {
            rolledBack[0] = store().store("refused".getBytes());
            rolledBack[1] = store().store("refused too".getBytes());
            status.setRollbackOnly();
        });
        assertThat(store().read(kept[0])).isEqualTo("committed".getBytes());
        for (String key : rolledBack) {
            assertThatThrownBy(() -> store().read(key)).isInstanceOf(UncheckedIOException.class);
        }
    }

    @Test
    void theListingForTheSweeperHoldsOnlyTheStoresFilesStoredBeforeTheInstant() throws Exception {
        String old = store().store("old".getBytes());
        placeForeignFile("0a/0b/README.txt");
        placeForeignFile("not-a-key");
        Thread.sleep(1_100); // file systems and S3 servers keep whole seconds
        Instant between = Instant.now();
        Thread.sleep(1_100);
        String young = store().store("young".getBytes());
        try (Stream<String> listed = store().storedBefore(between)) {
            List<String> keys = listed.toList();
            assertThat(keys).contains(old).doesNotContain(young, "README.txt", "not-a-key", "0a/0b/README.txt");
        }
        try (Stream<String> listed = store().storedBefore(Instant.now().plusSeconds(5))) {
            assertThat(listed.toList()).contains(old, young);
        }
    }
}
