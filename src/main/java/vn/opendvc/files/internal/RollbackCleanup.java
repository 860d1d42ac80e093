package vn.opendvc.files.internal;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Deletes the files stored during a transaction when it rolls back, so that a refused or failed use case leaves no
 * bytes without a row. One per transaction and store, found among the transaction's synchronizations (not bound as a
 * resource), so that a nested {@code REQUIRES_NEW} transaction, whose synchronizations are its own, keeps its own list.
 * When the outcome is unknown the files stay: the orphan sweeper decides later, once the rows can be asked.
 */
final class RollbackCleanup implements TransactionSynchronization {

    private static final Logger log = LoggerFactory.getLogger(RollbackCleanup.class);

    private final StoredFiles store;
    private final List<String> keys = new ArrayList<>();

    private RollbackCleanup(StoredFiles store) {
        this.store = store;
    }

    /** Deletes {@code key} from {@code store} if the current transaction, if any, rolls back. */
    static void deleteOnRollback(StoredFiles store, String key) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        for (TransactionSynchronization registered : TransactionSynchronizationManager.getSynchronizations()) {
            if (registered instanceof RollbackCleanup cleanup && cleanup.store == store) {
                cleanup.keys.add(key);
                return;
            }
        }
        RollbackCleanup cleanup = new RollbackCleanup(store);
        cleanup.keys.add(key);
        TransactionSynchronizationManager.registerSynchronization(cleanup);
    }

    @Override
    public void afterCompletion(int status) {
        if (status != STATUS_ROLLED_BACK) {
            return;
        }
        for (String key : keys) {
            try {
                store.delete(key);
            } catch (RuntimeException e) {
                log.warn("Could not delete file {} of a rolled-back transaction; the orphan sweeper will", key, e);
            }
        }
    }
}
