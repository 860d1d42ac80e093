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
 * (taking batches until it holds {@link #MAX_PER_TURN} dossiers), in one transaction. One at a time: a batch of dossiers from across a year
 * moves thousands of counter rows, and concurrent batches would queue on those rows' locks while holding pooled
 * connections the sync API needs. Together: batches waiting share counter rows (same agency, day and metric), so a
 * turn writes each such row once for all of them. A batch's caller returns once its dossiers are counted; when a turn
 * of several batches fails, each is counted again alone, and only a batch that fails alone throws (its event
 * publication then stays incomplete, to be retried).
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
        try {
            int dossiers = 0;
            for (Waiting next; dossiers < MAX_PER_TURN && (next = waiting.poll()) != null; ) {
                taken.add(next);
                dossiers += next.syncedIds().size();
            }
            countTogether(taken);
        } catch (RuntimeException | Error e) {
            if (taken.size() == 1) {
                taken.getFirst().counted().completeExceptionally(e);
                return;
            }
            // one batch may be what fails (or the turn met a passing error): each alone, so only a failing one fails
            for (Waiting alone : taken) {
                try {
                    countTogether(List.of(alone));
                } catch (RuntimeException | Error again) {
                    alone.counted().completeExceptionally(again);
                }
            }
        }
    }

    /** Counts the batches' dossiers in one transaction, then lets their callers go. */
    private void countTogether(List<Waiting> batches) {
        Map<Long, UnaryOperator<Track>> changes = new LinkedHashMap<>();
        // each dossier's state as stored now: a later batch's newer state counted early is seen as no change
        synced.of(ids(batches)).forEach(r -> changes.put(Track.syncedKey(r.syncedId()), track -> track.reported(r)));
        ledger.updateAll(changes);
        batches.forEach(w -> w.counted().complete(null));
    }

    private static Set<Long> ids(List<Waiting> batches) {
        Set<Long> ids = new LinkedHashSet<>();
        batches.forEach(w -> ids.addAll(w.syncedIds()));
        return ids;
    }
}
