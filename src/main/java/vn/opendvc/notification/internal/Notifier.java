package vn.opendvc.notification.internal;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Writes notices to the outbox and wakes the dispatcher once they are committed. */
@Component
class Notifier {

    private final Outbox outbox;
    private final Dispatcher dispatcher;

    Notifier(Outbox outbox, Dispatcher dispatcher) {
        this.outbox = outbox;
        this.dispatcher = dispatcher;
    }

    void tell(List<Notice> notices) {
        int waiting = notices.stream().mapToInt(outbox::write).sum();
        if (waiting == 0) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    dispatcher.wakeUp();
                }
            });
        } else {
            dispatcher.wakeUp();
        }
    }
}
