package vn.opendvc.monitoring.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Component;

import vn.opendvc.sync.SyncedDossierFacts;

/**
 * Counts the dossiers of sync batches, one turn at a time on this node, and in each turn every batch waiting for one
 * (up to {@link #MAX_PER_TURN} dossiers), in one transaction. One at a time: a batch of dossiers from across a year
 * moves thousands of counter rows, and concurrent batches would queue on those rows' locks while holding pooled
 * connections the sync API needs. Together: batches waiting share counter rows (same agency, day and metric), so a
 * turn writes each such row once for all of them. A batch's caller returns once its dossiers are counted, or throws
 * what the turn that took them threw (its event publication then stays incomplete, to be retried).
 */
@Component
class SyncBatchCounting {

    static final int MAX_PER_TURN = 20_000;

    private record Waiting(List<Long> syncedIds, CompletableFuture<Void> counted) {
    }

    private final ConcurrentLinkedQueue<Waiting> waiting = new ConcurrentLinkedQueue<>();
    private final ReentrantLock turn = new ReentrantLock();
    private final CounterLedger ledger;
    private final SyncedDossierFacts synced;

    SyncBatchCounting(CounterLedger ledger, SyncedDossierFacts synced) {
        this.ledger = ledger;
        this.synced = synced;
    }

    /** Counts these synced dossiers, as stored now; returns when they are counted. */
    void count(List<Long> syncedIds) {
        Waiting mine = new Waiting(syncedIds, new CompletableFuture<>());
        waiting.add(mine);
        while (!mine.counted().isDone()) {
            turn.lock();
            try {
                if (!mine.counted().isDone()) {
                    countWaiting();
                }
            } finally {
                turn.unlock();
            }
        }
        mine.counted().join();
    }

    /** How many batches wait for a turn now. */
    int waiting() {
        return waiting.size();
    }

    private void countWaiting() {
        List<Waiting> taken = new ArrayList<>();
        Set<Long> ids = new LinkedHashSet<>();
        for (Waiting next; ids.size() < MAX_PER_TURN && (next = waiting.poll()) != null; ) {
            taken.add(next);
            ids.addAll(next.syncedIds());
        }
        try {
            Map<Long, UnaryOperator<Track>> changes = new LinkedHashMap<>();
            // each dossier's state as stored now: a later batch's newer state counted early is seen as no change
            synced.of(ids).forEach(r -> changes.put(Track.syncedKey(r.syncedId()), track -> track.reported(r)));
            ledger.updateAll(changes);
            taken.forEach(w -> w.counted().complete(null));
        } catch (RuntimeException | Error e) {
            // every batch taken must learn its end, or its caller would wait for a turn that already took it
            taken.forEach(w -> w.counted().completeExceptionally(e));
        }
    }
}
