package vn.opendvc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import vn.opendvc.testing.ApplicationTest;

/**
 * A job locked to one node of the cluster runs once when two nodes start it at the same moment, with the real lock
 * provider on the real database (H2, and PostgreSQL in the persistence run): "another node" is a second lock provider
 * on the same database, as it would be in a second JVM.
 */
@ApplicationTest
class ClusterSchedulingTest {

    @Autowired
    LockProvider locks;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;

    private LockProvider otherNode() {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().build());
    }

    private static LockConfiguration job(String name) {
        return new LockConfiguration(Instant.now(), name, Duration.ofMinutes(1), Duration.ZERO);
    }

    @Test
    void twoNodesStartingTheSameJobAtOnceRunItOnce() throws Exception {
        String name = "test.job-" + UUID.randomUUID();
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch bothStarted = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> attempts = new ArrayList<>();
            for (LockProvider node : List.of(locks, otherNode())) {
                attempts.add(nodes.submit(() -> {
                    bothStarted.countDown();
                    new DefaultLockingTaskExecutor(node).executeWithLock((Runnable) () -> {
                        runs.incrementAndGet();
                        await(release); // still running while the other node tries
                    }, job(name));
                }));
            }
            assertThat(bothStarted.await(10, TimeUnit.SECONDS)).isTrue();
            // the losing node gives up at once; the winner waits for the release
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (attempts.stream().filter(Future::isDone).count() < 1 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            release.countDown();
            for (Future<?> attempt : attempts) {
                attempt.get(10, TimeUnit.SECONDS);
            }
        } finally {
            nodes.shutdownNow();
        }
        assertThat(runs).hasValue(1);
    }

    @Test
    void aLockIsARowInTheDatabaseAndIsFreeAgainOnceGivenBack() {
        String name = "test.job-" + UUID.randomUUID();
        Optional<SimpleLock> held = locks.lock(job(name));
        assertThat(held).isPresent();
        assertThat(otherNode().lock(job(name))).as("another node while it is held").isEmpty();
        assertThat(jdbc.sql("select count(*) from shedlock where name = ?").param(name).query(Long.class).single())
                .isOne();
        held.orElseThrow().unlock();
        Optional<SimpleLock> next = otherNode().lock(job(name));
        assertThat(next).as("another node once it is given back").isPresent();
        next.orElseThrow().unlock();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
