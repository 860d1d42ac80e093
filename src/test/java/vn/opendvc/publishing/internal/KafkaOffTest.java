package vn.opendvc.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import vn.opendvc.testing.ApplicationTest;

/**
 * Without {@code opendvc.kafka.enabled} (the default, which every other test runs with) nothing is sent: no sender
 * listens to the events and nothing resends, so no Kafka producer is ever made.
 */
@ApplicationTest
class KafkaOffTest {

    @Autowired
    ApplicationContext context;

    @Test
    void nothingIsSentToKafkaUnlessItIsTurnedOn() {
        assertThat(context.getEnvironment().getProperty("opendvc.kafka.enabled")).isEqualTo("false");
        assertThat(context.getBeanNamesForType(KafkaSender.class)).isEmpty();
        assertThat(context.getBeanNamesForType(KafkaRetry.class)).isEmpty();
    }
}
