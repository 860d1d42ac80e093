package vn.opendvc.publishing.internal;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends again, oldest first, the messages Kafka did not take: their publications failed (the broker was unreachable
 * past the producer's timeouts) and stay incomplete in the registry until a send is acknowledged. At most
 * {@code opendvc.kafka.retry-batch} per round, so a long outage is not answered with the whole backlog at once; at
 * start-up the registry resubmits every incomplete publication anyway
 * ({@code republish-outstanding-events-on-restart}). Safe on several nodes: the registry hands a publication to one
 * resubmitter only (it marks it resubmitted first); a message may still arrive twice — consumers keep its
 * {@code messageId}. A plain {@code @Scheduled}: it runs on every node.
 */
@Component
@ConditionalOnProperty(name = "opendvc.kafka.enabled", havingValue = "true")
class KafkaRetry {

    private final IncompleteEventPublications publications;
    private final int batch;

    KafkaRetry(IncompleteEventPublications publications, @Value("${opendvc.kafka.retry-batch:500}") int batch) {
        this.publications = publications;
        this.batch = batch;
    }

    @Scheduled(fixedDelayString = "${opendvc.kafka.retry-check:PT30S}",
            initialDelayString = "${opendvc.kafka.retry-check:PT30S}")
    void resubmitFailed() {
        AtomicInteger taken = new AtomicInteger();
        publications.resubmitIncompletePublications(publication -> failedSend(publication)
                && taken.incrementAndGet() <= batch);
    }

    /** Only the sender's own publications, and only failed ones: a send under way is not doubled. */
    static boolean failedSend(EventPublication publication) {
        return publication.getStatus() == EventPublication.Status.FAILED
                && publication instanceof TargetEventPublication target
                && isExternalizer(target.getTargetIdentifier().getValue());
    }

    /** The listener id of {@link KafkaSender#send}. */
    static boolean isExternalizer(String listenerId) {
        return listenerId.startsWith(KafkaSender.class.getName() + ".");
    }
}
