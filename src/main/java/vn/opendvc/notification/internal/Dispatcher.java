package vn.opendvc.notification.internal;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.opendvc.notification.internal.ChannelSender.Outgoing;
import vn.opendvc.notification.internal.ChannelSender.SendFailure;

/**
 * Sends the messages the outbox holds, outside any business transaction: at once when a listener wrote some (woken
 * after its commit), and on a fixed delay for retries and for what a stopped node left behind.
 */
@Component
class Dispatcher {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);
    private static final int BATCH = 20;

    private final Outbox outbox;
    private final ChannelSenders senders;
    private final TaskExecutor executor;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    Dispatcher(Outbox outbox, ChannelSenders senders, @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.outbox = outbox;
        this.senders = senders;
        this.executor = executor;
    }

    /** Sends what is due soon, on another thread; a wake-up during a run makes the run look again. */
    void wakeUp() {
        again.set(true);
        executor.execute(this::dispatchDue);
    }

    /*
     * Not locked to one node: every node sends, each message claimed by one node at a time (a conditional update
     * with a lease, Outbox.claimDue), and a node sends only the channels it has (one without an SMTP server leaves
     * e-mails to the others), so a cluster-wide lock could leave a channel with no sender.
     */
    @Scheduled(fixedDelayString = "${opendvc.notification.dispatch-interval:PT10S}",
            initialDelayString = "${opendvc.notification.dispatch-interval:PT10S}")
    void dispatchDue() {
        // a wake-up that comes while a run ends is not lost: the run that sees it starts over
        while (running.compareAndSet(false, true)) {
            try {
                do {
                    again.set(false);
                    List<Outgoing> batch;
                    while (!(batch = outbox.claimDue(BATCH)).isEmpty()) {
                        batch.forEach(this::send);
                    }
                } while (again.get());
            } finally {
                running.set(false);
            }
            if (!again.get()) {
                return;
            }
        }
    }

    private void send(Outgoing message) {
        ChannelSender sender = senders.of(message.channel()).orElse(null);
        if (sender == null) {
            outbox.failed(message.id(), true, "channel " + message.channel() + " is off");
            return;
        }
        try {
            outbox.handedOver(message.id(), sender.send(message));
        } catch (SendFailure e) {
            log.warn("Notification {} over {} failed ({}): {}", message.id(), message.channel(),
                    e.permanent() ? "permanent" : "will retry", e.getMessage());
            outbox.failed(message.id(), e.permanent(), e.getMessage());
        } catch (RuntimeException e) {
            log.warn("Notification {} over {} failed, will retry", message.id(), message.channel(), e);
            outbox.failed(message.id(), false, e.getClass().getSimpleName());
        }
    }
}
