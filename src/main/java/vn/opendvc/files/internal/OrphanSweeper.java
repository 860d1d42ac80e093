package vn.opendvc.files.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import vn.opendvc.files.ReferencedFiles;

/**
 * Deletes stored files that no module references any more: files written by a transaction that never committed
 * because the application died before it did (a rollback deletes its own, see {@link RollbackCleanup}). Only files
 * older than {@code opendvc.storage.orphan-grace} (default a day) are considered, far longer than any transaction, so a
 * file whose row is still being written is never taken; each module that keeps keys answers through its
 * {@link ReferencedFiles}. Runs at {@code opendvc.storage.sweep-cron} (default 02:40 every night, Vietnam time;
 * {@code -} turns it off), on one node of the cluster.
 */
@Component
public class OrphanSweeper {

    private static final Logger log = LoggerFactory.getLogger(OrphanSweeper.class);
    /** Keys asked about at once: a bounded {@code in (...)} list for the owners' queries. */
    private static final int BATCH = 500;

    private final StoredFiles store;
    private final List<ReferencedFiles> owners;
    private final Clock clock;
    private final Duration grace;

    OrphanSweeper(StoredFiles store, List<ReferencedFiles> owners, Clock clock,
            @Value("${opendvc.storage.orphan-grace:P1D}") Duration grace) {
        this.store = store;
        this.owners = owners;
        this.clock = clock;
        this.grace = grace;
    }

    @Scheduled(cron = "${opendvc.storage.sweep-cron:0 40 2 * * *}", zone = "Asia/Ho_Chi_Minh")
    @SchedulerLock(name = "files.orphan-sweep", lockAtMostFor = "PT6H", lockAtLeastFor = "PT10M")
    void nightly() {
        int deleted = sweep();
        if (deleted > 0) {
            log.info("Deleted {} stored files that no module references", deleted);
        }
    }

    /** Deletes the orphans older than the grace period; returns how many. */
    public int sweep() {
        if (owners.isEmpty()) {
            // with nobody to ask, every file would look orphaned: a wiring mistake, not a reason to delete
            log.warn("No module declares the files it references; orphan files are not swept");
            return 0;
        }
        int deleted = 0;
        try (Stream<String> candidates = store.storedBefore(clock.instant().minus(grace))) {
            List<String> batch = new ArrayList<>(BATCH);
            for (Iterator<String> keys = candidates.iterator(); keys.hasNext();) {
                batch.add(keys.next());
                if (batch.size() == BATCH || !keys.hasNext()) {
                    deleted += deleteOrphans(batch);
                    batch.clear();
                }
            }
        }
        return deleted;
    }

    private int deleteOrphans(List<String> batch) {
        Set<String> orphans = new HashSet<>(batch);
        for (ReferencedFiles owner : owners) {
            orphans.removeAll(owner.referenced(batch));
        }
        orphans.forEach(store::delete);
        return orphans.size();
    }
}
