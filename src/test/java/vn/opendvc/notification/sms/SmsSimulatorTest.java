package vn.opendvc.notification.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import vn.opendvc.notification.sms.SmsDeliveryReceipts.Outcome;
import vn.opendvc.notification.sms.SmsSimulator.Status;

/** The demo's provider: what it keeps for the simulator page, and the receipts it sends back. */
class SmsSimulatorTest {

    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

    record Receipt(String reference, Outcome outcome, String detail) {
    }

    private final BlockingQueue<Receipt> receipts = new LinkedBlockingQueue<>();
    private final SmsDeliveryReceipts outbox = (reference, outcome, detail) ->
            receipts.add(new Receipt(reference, outcome, detail));

    private static ObjectProvider<SmsDeliveryReceipts> provider(SmsDeliveryReceipts... beans) {
        StaticListableBeanFactory factory = new StaticListableBeanFactory(
                beans.length == 0 ? Map.of() : Map.of("receipts", beans[0]));
        return factory.getBeanProvider(SmsDeliveryReceipts.class);
    }

    private SmsSimulator simulator(ObjectProvider<SmsDeliveryReceipts> receipts) {
        return new SmsSimulator(receipts, true, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMillis(20));
    }

    @Test
    void keepsTheTextAsSentAndReportsItsDelivery() throws InterruptedException {
        SmsSimulator simulator = simulator(provider(outbox));

        String id = simulator.send(new SmsMessage("0905 123 456", "Hồ sơ của bạn đã được tiếp nhận.", "ntf-1"));

        assertThat(simulator.recent()).singleElement().satisfies(sent -> {
            assertThat(sent.providerId()).isEqualTo(id);
            assertThat(sent.phone()).isEqualTo("+84905123456");
            assertThat(sent.text()).isEqualTo("Ho so cua ban da duoc tiep nhan.");
            assertThat(sent.segments()).isEqualTo(1);
            assertThat(sent.at()).isEqualTo(NOW);
        });
        assertThat(receipts.poll(5, TimeUnit.SECONDS)).isEqualTo(new Receipt("ntf-1", Outcome.DELIVERED, null));
        assertThat(simulator.recent().getFirst().status()).isEqualTo(Status.DELIVERED);
    }

    @Test
    void aNumberEndingIn0000IsNeverDelivered() throws InterruptedException {
        SmsSimulator simulator = simulator(provider(outbox));

        simulator.send(new SmsMessage("+84905120000", "x", "ntf-2"));

        Receipt receipt = receipts.poll(5, TimeUnit.SECONDS);
        assertThat(receipt).isNotNull();
        assertThat(receipt.reference()).isEqualTo("ntf-2");
        assertThat(receipt.outcome()).isEqualTo(Outcome.PERMANENT_FAILURE);
        assertThat(simulator.recent().getFirst().status()).isEqualTo(Status.FAILED);
    }

    @Test
    void keepsTheLast200NewestFirst() {
        SmsSimulator simulator = new SmsSimulator(provider(), true, Clock.systemUTC(), Duration.ofHours(1));

        for (int i = 1; i <= 205; i++) {
            simulator.send(new SmsMessage("0905123456", "text " + i, "ntf-" + i));
        }

        assertThat(simulator.recent()).hasSize(SmsSimulator.KEPT);
        assertThat(simulator.recent().getFirst().clientReference()).isEqualTo("ntf-205");
        assertThat(simulator.recent().getLast().clientReference()).isEqualTo("ntf-6");
    }

    @Test
    void withoutAnOutboxTheTextIsStillDelivered() throws InterruptedException {
        SmsSimulator simulator = simulator(provider());

        simulator.send(new SmsMessage("0905123456", "x", "ntf-3"));

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (simulator.recent().getFirst().status() == Status.SENT && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(simulator.recent().getFirst().status()).isEqualTo(Status.DELIVERED);
    }

    @Test
    void refusesWhatIsNotAVietnamesePhoneNumber() {
        SmsSimulator simulator = simulator(provider(outbox));

        assertThatThrownBy(() -> simulator.send(new SmsMessage("12345", "x", "ntf-4")))
                .isInstanceOfSatisfying(SmsFailure.class, failure -> assertThat(failure.permanent()).isTrue());
        assertThat(simulator.recent()).isEmpty();
    }
}
