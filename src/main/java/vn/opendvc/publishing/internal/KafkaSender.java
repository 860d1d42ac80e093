package vn.opendvc.publishing.internal;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.RoutingTarget;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import tools.jackson.databind.json.JsonMapper;
import vn.opendvc.catalog.ProcedureCatalog;
import vn.opendvc.dossier.DossierFacts;
import vn.opendvc.dossier.DossierStatusChanged;
import vn.opendvc.feedback.FeedbackChanged;
import vn.opendvc.payment.PaymentExpired;
import vn.opendvc.payment.PaymentFailed;
import vn.opendvc.payment.PaymentRefundDue;
import vn.opendvc.payment.PaymentRefunded;
import vn.opendvc.payment.PaymentSucceeded;
import vn.opendvc.result.ResultIssued;

/**
 * Sends the {@link PublishedEvents} to Kafka, through the event publication registry: it is one more listener of
 * those events, so each gets a publication written with the change that caused it, completed only when Kafka
 * acknowledged the message (the returned future). A send that fails leaves the publication incomplete
 * ({@link KafkaRetry}, and the registry at start-up, hand it back).
 * <p>
 * Why not Spring Modulith's own Kafka externalizer: it is an asynchronous listener, each event on a thread of its
 * own, so two changes of one dossier a few milliseconds apart could reach Kafka in either order. Here the listener
 * runs in the committing thread right after the commit and queues the event; one sender thread per node hands the
 * queue to the producer in that order, and the idempotent producer keeps it per partition, so per key. The request
 * never waits for Kafka.
 */
@Component
@ConditionalOnProperty(name = "opendvc.kafka.enabled", havingValue = "true")
class KafkaSender implements DisposableBean {

    private final EventExternalizationConfiguration table;
    private final ProducerFactory<String, String> producers;
    private final KafkaTemplate<String, String> kafka;
    private final JsonMapper json;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("kafka-sender").daemon().factory());

    /** @param configured Spring Boot's producer factory ({@code spring.kafka.*}): brokers, TLS, timeouts */
    KafkaSender(DossierFacts dossiers, ProcedureCatalog catalog, ProducerFactory<?, ?> configured, JsonMapper json) {
        this.table = PublishedEvents.table(new PublicMessages(() -> dossiers, () -> catalog));
        // its own producer, sending the key and the JSON written here as UTF-8 text whatever serializers are set
        this.producers = textProducers(configured);
        this.kafka = new KafkaTemplate<>(producers);
        this.json = json;
    }

    /**
     * Runs in the committing thread right after the commit (and on a resubmission, oldest first) and only queues: the
     * mapping, its look-ups and the send happen on the sender thread. Completes when Kafka acknowledged the message.
     */
    @TransactionalEventListener(classes = {DossierStatusChanged.class, ResultIssued.class, FeedbackChanged.class,
            PaymentSucceeded.class, PaymentFailed.class, PaymentExpired.class, PaymentRefundDue.class,
            PaymentRefunded.class})
    public CompletableFuture<?> send(Object event) {
        return CompletableFuture.supplyAsync(() -> kafka.send(record(event)), sender).thenCompose(Function.identity());
    }

    private ProducerRecord<String, String> record(Object event) {
        RoutingTarget target = table.determineTarget(event);
        Object message = table.map(event);
        RecordHeaders headers = new RecordHeaders();
        table.getHeadersFor(message).forEach((name, value) ->
                headers.add(name, String.valueOf(value).getBytes(StandardCharsets.UTF_8)));
        return new ProducerRecord<>(target.getTarget(), null, target.getKey(), json.writeValueAsString(message),
                headers);
    }

    @SuppressWarnings("unchecked") // the override makes both serializers StringSerializer
    private static ProducerFactory<String, String> textProducers(ProducerFactory<?, ?> configured) {
        return (ProducerFactory<String, String>) configured.copyWithConfigurationOverride(Map.of(
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
    }

    /**
     * Lets the queued sends finish before the database goes (they look facts up); one that does not finish in time
     * stays an incomplete publication, sent again at the next start.
     */
    @Override
    public void destroy() throws InterruptedException {
        sender.shutdown();
        sender.awaitTermination(10, TimeUnit.SECONDS);
        producers.reset();
    }
}
