package vn.opendvc.notification.sms;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The demo's SMS provider: sends nothing, keeps the last {@value #KEPT} texts in memory for the simulator page, and
 * shortly after each one reports its delivery to {@link SmsDeliveryReceipts} as a provider's callback would. Numbers
 * ending in {@value #UNDELIVERABLE_SUFFIX} are never delivered (a permanent failure), so the demo can show one. The
 * receipts are looked up at delivery time: the outbox may be absent (a test context) and then nobody is told.
 */
class SmsSimulator implements SmsGateway {

    static final int KEPT = 200;
    static final String UNDELIVERABLE_SUFFIX = "0000";
    static final Duration DELIVERY_DELAY = Duration.ofSeconds(1);

    private static final Logger log = LoggerFactory.getLogger(SmsSimulator.class);

    enum Status { SENT, DELIVERED, FAILED }

    /** One simulated text: the phone in {@code +84} form and the text as the provider would have received it. */
    record Sent(Instant at, String phone, String text, int segments, String providerId, String clientReference,
            Status status) {

        Sent with(Status newStatus) {
            return new Sent(at, phone, text, segments, providerId, clientReference, newStatus);
        }

        @Override
        public String toString() {
            return "Sent[" + clientReference + " " + providerId + " " + status + "]";
        }
    }

    private final ObjectProvider<SmsDeliveryReceipts> receipts;
    private final boolean asciiOnly;
    private final Clock clock;
    private final Duration delay;
    /** Newest first; guarded by {@code this}. */
    private final List<Sent> sent = new ArrayList<>();

    SmsSimulator(ObjectProvider<SmsDeliveryReceipts> receipts, boolean asciiOnly, Clock clock, Duration delay) {
        this.receipts = receipts;
        this.asciiOnly = asciiOnly;
        this.clock = clock;
        this.delay = delay;
    }

    @Override
    public String send(SmsMessage message) {
        String phone = PhoneNumbers.international(message.phone())
                .orElseThrow(() -> new SmsFailure("not a Vietnamese phone number", true, null));
        String text = SmsText.forGateway(message.text(), asciiOnly);
        Sent entry = new Sent(clock.instant(), phone, text, SmsText.segments(text), "SIM-" + UUID.randomUUID(),
                message.clientReference(), Status.SENT);
        synchronized (this) {
            sent.addFirst(entry);
            if (sent.size() > KEPT) {
                sent.removeLast();
            }
        }
        log.info("SMS {} taken by the simulator as {}", entry.clientReference(), entry.providerId());
        Thread.ofVirtual().name("sms-simulator-" + entry.providerId()).start(() -> deliver(entry));
        return entry.providerId();
    }

    /** The simulated texts, newest first. */
    synchronized List<Sent> recent() {
        return List.copyOf(sent);
    }

    private void deliver(Sent entry) {
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        boolean undeliverable = entry.phone().endsWith(UNDELIVERABLE_SUFFIX);
        update(entry.providerId(), undeliverable ? Status.FAILED : Status.DELIVERED);
        SmsDeliveryReceipts outbox = receipts.getIfAvailable();
        if (outbox == null) {
            return;
        }
        try {
            boolean known = undeliverable
                    ? outbox.record(entry.clientReference(), SmsDeliveryReceipts.Outcome.PERMANENT_FAILURE,
                            "simulator: numbers ending in " + UNDELIVERABLE_SUFFIX + " are never delivered")
                    : outbox.record(entry.clientReference(), SmsDeliveryReceipts.Outcome.DELIVERED, null);
            if (!known) {
                log.info("Simulated receipt of SMS {}: the outbox does not know the reference",
                        entry.clientReference());
            }
        } catch (RuntimeException e) {
            log.warn("Simulated receipt of SMS {} not recorded", entry.clientReference(), e);
        }
    }

    private synchronized void update(String providerId, Status status) {
        sent.replaceAll(entry -> entry.providerId().equals(providerId) ? entry.with(status) : entry);
    }
}
