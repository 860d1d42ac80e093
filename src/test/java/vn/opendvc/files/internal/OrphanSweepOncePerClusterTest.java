package vn.opendvc.files.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import vn.opendvc.files.FileStore;
import vn.opendvc.testing.ApplicationTest;
import vn.opendvc.testing.MovableClock;

/**
 * The nightly sweep is a cluster job: while another node holds its lock, this node's run does nothing; once the lock
 * is free, the same run deletes the orphan.
 */
@ApplicationTest
class OrphanSweepOncePerClusterTest {

    private static final String JOB = "files.orphan-sweep";

    @Autowired
    FileStore files;
    @Autowired
    OrphanSweeper sweeper;
    @Autowired
    LockProvider locks;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    @AfterEach
    void noNodeHoldsTheSweep() {
        // a run keeps the lock for its lockAtLeastFor (10 minutes): free it for the next test on this database
        jdbc.sql("delete from shedlock where name = ?").param(JOB).update();
        clock.followSystemTime();
    }

    @Test
    void whileAnotherNodeSweepsThisNodeSkipsItsTurn() {
        String orphan = files.store("bytes whose row never committed".getBytes());
        clock.set(Instant.now().plus(Duration.ofDays(2)));

        Optional<SimpleLock> otherNode = locks.lock(
                new LockConfiguration(Instant.now(), JOB, Duration.ofMinutes(5), Duration.ZERO));
        assertThat(otherNode).isPresent();
        sweeper.nightly();
        assertThat(files.read(orphan)).isNotEmpty();

        otherNode.orElseThrow().unlock();
        sweeper.nightly();
        assertThatThrownBy(() -> files.read(orphan)).isInstanceOf(UncheckedIOException.class);
    }
}
