package vn.opendvc.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import vn.opendvc.dossier.Channel;
import vn.opendvc.dossier.DossierStatus;
import vn.opendvc.sync.SyncedDossierFacts;
import vn.opendvc.sync.SyncedDossierReport;

/**
 * Sync batches take the counters one turn at a time, and a turn takes every batch waiting: each caller returns once
 * its own dossiers are counted, or with the failure of the turn that took them.
 */
@org.junit.jupiter.api.Timeout(30)
class SyncBatchCountingTest {

    final CounterLedger ledger = mock(CounterLedger.class);
    final List<Set<Long>> turns = new CopyOnWriteArrayList<>();
    final SyncedDossierFacts facts = new SyncedDossierFacts() {
        @Override
        public List<SyncedDossierReport> after(long afterId, int limit) {
            return List.of();
        }

        @Override
        public List<SyncedDossierReport> of(Collection<Long> ids) {
            return ids.stream().map(id -> new SyncedDossierReport(id, "H40-" + id, "DNG-HAICHAU", 1, Channel.ONLINE,
                    DossierStatus.RECEIVED, Instant.EPOCH, null, null, null, null, false, false, false,
                    Instant.EPOCH)).toList();
        }
    };
    final SyncBatchCounting counting = new SyncBatchCounting(ledger, facts);
    /** One thread per caller, as the listener's virtual threads. */
    final Executor callers = Executors.newVirtualThreadPerTaskExecutor();

    final CountDownLatch firstTurnStarted = new CountDownLatch(1);
    final CountDownLatch releaseFirstTurn = new CountDownLatch(1);

    /** The ledger notes each turn's dossiers, holds the first turn until released, and refuses dossier 66. */
    void aLedgerThatHoldsTheFirstTurn() {
        doAnswer(call -> {
            Map<Long, ?> changes = call.getArgument(0);
            turns.add(Set.copyOf(changes.keySet()));
            if (turns.size() == 1) {
                firstTurnStarted.countDown();
                releaseFirstTurn.await(10, TimeUnit.SECONDS);
            }
            if (changes.containsKey(-66L)) {
                throw new IllegalStateException("a record the counters cannot take");
            }
            return null;
        }).when(ledger).updateAll(any());
    }

    CompletableFuture<Void> count(Long... syncedIds) {
        return CompletableFuture.runAsync(() -> counting.count(List.of(syncedIds)), callers);
    }

    void awaitWaiting(int batches) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> counting.waiting() == batches);
    }

    @Test
    void batchesWaitingWhileATurnRunsAreCountedTogetherInTheNext() throws Exception {
        aLedgerThatHoldsTheFirstTurn();

        CompletableFuture<Void> first = count(1L);
        assertThat(firstTurnStarted.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> second = count(2L, 3L);
        CompletableFuture<Void> third = count(4L);
        awaitWaiting(2);
        assertThat(second).isNotDone();
        releaseFirstTurn.countDown();

        CompletableFuture.allOf(first, second, third).get(10, TimeUnit.SECONDS);
        assertThat(turns).containsExactly(Set.of(-1L), Set.of(-2L, -3L, -4L));
    }

    @Test
    void whenATurnOfSeveralBatchesFailsEachIsCountedAloneAndOnlyTheFailingOneFails() throws Exception {
        aLedgerThatHoldsTheFirstTurn();

        CompletableFuture<Void> first = count(1L);
        assertThat(firstTurnStarted.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> good = count(2L);
        awaitWaiting(1);
        CompletableFuture<Void> poison = count(66L);
        awaitWaiting(2);
        releaseFirstTurn.countDown();

        first.get(10, TimeUnit.SECONDS);
        good.get(10, TimeUnit.SECONDS);
        assertThatThrownBy(() -> poison.get(10, TimeUnit.SECONDS)).hasRootCauseMessage(
                "a record the counters cannot take");
        assertThat(turns).containsExactly(Set.of(-1L), Set.of(-2L, -66L), Set.of(-2L), Set.of(-66L));
    }

    @Test
    void everyBatchATurnTookLearnsThatItFailed() {
        doAnswer(call -> {
            throw new IllegalStateException("the database went away");
        }).when(ledger).updateAll(any());

        assertThatThrownBy(() -> counting.count(List.of(7L))).hasRootCauseMessage("the database went away");
        // the next batch gets a turn of its own: nothing is left waiting
        assertThatThrownBy(() -> counting.count(List.of(8L))).hasRootCauseMessage("the database went away");
    }
}
