package vn.opendvc.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.DossierAction;
import vn.opendvc.testing.ApplicationTest;
import vn.opendvc.testing.DossierFixture;

/**
 * The portal publishing to a real Kafka broker (KRaft, in this JVM, reached through a fixed bootstrap address so that it can be replaced): a
 * dossier's changes arrive on their topic under the dossier's key, in order, valid by the published schema and with
 * nothing about the applicant; while the broker is down the portal works on and the change waits in the event
 * publication registry, and it arrives once a broker is back.
 */
@ApplicationTest
@DirtiesContext // its producer points at a broker that is gone once this class is over
class KafkaPublishingTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final BootstrapAddress BOOTSTRAP = bootstrapAddress();
    static EmbeddedKafkaKraftBroker broker = startBroker();

    @Autowired
    DossierFixture fixture;
    @Autowired
    JdbcClient jdbc;

    final List<ConsumerRecord<String, String>> received = new ArrayList<>();
    KafkaConsumer<String, String> consumer;

    @DynamicPropertySource
    static void publishToTheBroker(DynamicPropertyRegistry properties) {
        String url = System.getProperty("spring.datasource.url", "");
        if (url.startsWith("jdbc:h2:mem:")) {
            // an in-memory database of its own: once this context closed its connections, the shared one failed
            // every later insert checked by a constraint (H2 2.4: "Check constraint invalid … database has been
            // closed"); on PostgreSQL the shared database is used as by every test
            properties.add("spring.datasource.url", () -> url.replaceFirst("^jdbc:h2:mem:[^;]+",
                    "jdbc:h2:mem:opendvc-kafka-test"));
        }
        properties.add("opendvc.kafka.enabled", () -> "true");
        properties.add("spring.kafka.bootstrap-servers", () -> BOOTSTRAP.address());
        // a send the broker cannot take fails within seconds here (a minute in production), still with room for a
        // loaded machine …
        properties.add("spring.kafka.producer.properties[max.block.ms]", () -> "4000");
        properties.add("spring.kafka.producer.properties[request.timeout.ms]", () -> "4000");
        properties.add("spring.kafka.producer.properties[delivery.timeout.ms]", () -> "8000");
        properties.add("spring.kafka.producer.properties[reconnect.backoff.max.ms]", () -> "500");
        // … and is sent again every second
        properties.add("opendvc.kafka.retry-check", () -> "PT1S");
    }

    @AfterEach
    void closeConsumer() {
        if (consumer != null) {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    @AfterAll
    static void stopTheBroker() throws IOException {
        broker.destroy();
        BOOTSTRAP.close();
    }

    @Test
    void aDossiersChangesArriveUnderItsKeyInOrderWithNothingAboutTheApplicant() {
        Dossier submitted = fixture.submitted();
        long id = submitted.id();
        fixture.act("motcua1", id, DossierAction.RECEIVE);
        fixture.act("motcua1", id, DossierAction.FORWARD);
        fixture.act("chuyenvien1", id, DossierAction.FORWARD);
        Dossier done = fixture.act("lanhdao1", id, DossierAction.COMPLETE);

        consume();
        List<JsonNode> changes = awaitMessages(Topics.DOSSIER_STATUS, id, 5);
        assertThat(changes).extracting(m -> m.get("status").asInt()).containsExactly(1, 2, 4, 4, 9);
        assertThat(changes).extracting(m -> m.get("action").asString())
                .containsExactly("SUBMIT", "RECEIVE", "FORWARD", "FORWARD", "COMPLETE");
        assertThat(changes).extracting(m -> m.get("step").asInt()).containsExactly(1, 1, 2, 3, 4);
        assertThat(changes).allSatisfy(m -> {
            assertThat(m.get("dossierCode").asString()).isEqualTo(done.code());
            assertThat(m.get("agencyCode").asString()).isEqualTo(DossierFixture.HAI_CHAU);
            assertThat(m.get("procedureCode").asString()).isEqualTo(DossierFixture.BIRTH);
        });
        assertThat(changes.stream().map(m -> m.get("messageId").asString()).distinct()).hasSize(5);

        JsonNode result = awaitMessages(Topics.RESULT_ISSUED, id, 1).getFirst();
        assertThat(result.get("dossierCode").asString()).isEqualTo(done.code());
        assertThat(result.get("sha256").asString()).hasSize(64);

        String applicantId = fixture.user("congdan1").identityNumber();
        assertThat(received).allSatisfy(record -> {
            assertThat(record.value()).as("no personal data").doesNotContain(submitted.applicantName())
                    .doesNotContain(applicantId);
            if (submitted.applicantPhone() != null) {
                assertThat(record.value()).doesNotContain(submitted.applicantPhone());
            }
            String schema = new String(record.headers().lastHeader("opendvc-schema").value(), StandardCharsets.UTF_8);
            assertThat(MessageSchemas.errors(schema, JSON.readTree(record.value()))).as(record.value()).isEmpty();
        });
        awaitNothingOutstanding(id);
    }

    @Test
    void aChangeMadeWhileKafkaIsDownWaitsInTheRegistryAndArrivesWhenKafkaIsBack() {
        long id = fixture.submitted().id();
        consume();
        awaitMessages(Topics.DOSSIER_STATUS, id, 1);
        consumer.close(Duration.ofSeconds(5));
        consumer = null;

        broker.destroy();
        Dossier received = fixture.act("motcua1", id, DossierAction.RECEIVE);
        assertThat(received.status().code()).as("the portal works on without Kafka").isEqualTo(2);
        await("the send failed and the publication is left incomplete").atMost(Duration.ofSeconds(60))
                .until(() -> count(id, "\"action\":\"RECEIVE\"",
                        "completion_date is null and (status = 'FAILED' or last_resubmission_date is not null)") == 1);

        broker = startBroker();
        consume();
        await("the change made during the outage arrives").atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO)
                .until(() -> {
                    consumer.poll(Duration.ofMillis(200)).forEach(this.received::add);
                    return of(Topics.DOSSIER_STATUS, id).stream().anyMatch(m -> m.get("status").asInt() == 2);
                });
        JsonNode late = of(Topics.DOSSIER_STATUS, id).getLast();
        assertThat(late.get("action").asString()).isEqualTo("RECEIVE");
        assertThat(late.get("fromStatus").asInt()).isEqualTo(1);
        awaitNothingOutstanding(id);
    }

    private void consume() {
        consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP.address(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(),
                new StringDeserializer());
        consumer.subscribe(List.of(Topics.DOSSIER_STATUS, Topics.RESULT_ISSUED, Topics.PAYMENT, Topics.FEEDBACK));
    }

    /** The first {@code n} messages of one dossier on {@code topic}, in the order Kafka keeps them. */
    private List<JsonNode> awaitMessages(String topic, long dossierId, int n) {
        await(n + " message(s) of dossier " + dossierId + " on " + topic).atMost(Duration.ofSeconds(60))
                .pollDelay(Duration.ZERO).until(() -> {
                    consumer.poll(Duration.ofMillis(200)).forEach(received::add);
                    return of(topic, dossierId).size() >= n;
                });
        return of(topic, dossierId).subList(0, n);
    }

    /**
     * The dossier's messages on {@code topic} in the order Kafka keeps them, each once: a message whose send timed out
     * although Kafka had taken it is sent again, and a consumer drops the repeat by its {@code messageId}.
     */
    private List<JsonNode> of(String topic, long dossierId) {
        Map<String, JsonNode> once = new LinkedHashMap<>();
        received.stream().filter(r -> r.topic().equals(topic) && r.key().equals(Long.toString(dossierId)))
                .map(r -> JSON.readTree(r.value())).forEach(m -> once.putIfAbsent(m.get("messageId").asString(), m));
        return List.copyOf(once.values());
    }

    /** Every publication of the dossier's changes completed, the Kafka sender's among them. */
    private void awaitNothingOutstanding(long dossierId) {
        await("the registry holds nothing outstanding for Kafka").atMost(Duration.ofSeconds(60))
                .until(() -> count(dossierId, "completion_date is null") == 0);
        assertThat(count(dossierId, "completion_date is not null")).isPositive();
    }

    /** The Kafka sender's publications of the dossier's events matching {@code condition}. */
    private int count(long dossierId, String condition) {
        return count(dossierId, "", condition);
    }

    /** … and whose stored event also holds {@code fragment} of JSON. */
    private int count(long dossierId, String fragment, String condition) {
        return jdbc.sql("select count(*) from event_publication where listener_id like ? and " + condition
                + " and serialized_event like ? and serialized_event like ?")
                .params("vn.opendvc.publishing.internal.KafkaSender.%", "%\"dossierId\":" + dossierId + ",%",
                        "%" + fragment + "%")
                .query(Integer.class).single();
    }

    private static EmbeddedKafkaKraftBroker startBroker() {
        EmbeddedKafkaKraftBroker started = new EmbeddedKafkaKraftBroker(1, 2, Topics.DOSSIER_STATUS,
                Topics.RESULT_ISSUED, Topics.PAYMENT, Topics.FEEDBACK);
        started.afterPropertiesSet();
        BOOTSTRAP.pointAt(started.getBrokersAsString());
        return started;
    }

    private static BootstrapAddress bootstrapAddress() {
        try {
            return new BootstrapAddress();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
