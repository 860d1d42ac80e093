package vn.opendvc.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.DossierFile;
import vn.opendvc.dossier.Dossiers;
import vn.opendvc.files.internal.OrphanSweeper;
import vn.opendvc.result.Results;
import vn.opendvc.result.StoreEntry;
import vn.opendvc.testing.ApplicationTest;
import vn.opendvc.testing.DossierFixture;
import vn.opendvc.testing.MovableClock;
import vn.opendvc.testing.UnsafeFiles;

/**
 * A file stored and then left without a row (the application died before the transaction committed) is deleted by
 * the sweeper once older than the grace period (a day by default); files a module references are kept, as the owners
 * say through their {@link ReferencedFiles}.
 */
@ApplicationTest
class OrphanSweeperTest {

    @Autowired
    FileStore files;
    @Autowired
    OrphanSweeper sweeper;
    @Autowired
    MovableClock clock;
    @Autowired
    DossierFixture fixture;
    @Autowired
    Dossiers dossiers;
    @Autowired
    Results results;

    @AfterEach
    void backToSystemTime() {
        clock.followSystemTime();
    }

    @Test
    void anOrphanOlderThanTheGracePeriodIsDeletedAndReferencedFilesAreKept() throws Exception {
        String orphan = files.store("bytes whose row never committed".getBytes());
        Dossier draft = fixture.draft("congdan1", DossierFixture.BIRTH);
        long owner = fixture.user("congdan1").accountId();
        StoreEntry kept = results.storeDocument(owner, "Ảnh giữ lại", UnsafeFiles.image("png"));

        clock.set(Instant.now().plus(Duration.ofHours(2)));
        sweeper.sweep();
        assertThat(files.read(orphan)).isNotEmpty(); // young: its transaction may still be running

        clock.set(Instant.now().plus(Duration.ofDays(1)).plus(Duration.ofHours(1)));
        assertThat(sweeper.sweep()).isPositive();
        assertThatThrownBy(() -> files.read(orphan)).isInstanceOf(UncheckedIOException.class);
        for (DossierFile file : draft.files()) {
            try (var content = dossiers.file(fixture.user("congdan1"), draft.id(), file.id()).content()) {
                assertThat(content.readAllBytes()).hasSize((int) file.size());
            }
        }
        assertThat(results.document(owner, kept.id()).orElseThrow().content()).isEqualTo(UnsafeFiles.image("png"));
    }
}
