package vn.opendvc.postal.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.opendvc.dossier.Dossiers;
import vn.opendvc.web.DisplayTime;
import vn.opendvc.web.Message;

/**
 * What the carrier reports about a parcel, from its callback or the demo's simulator: the shipment moves on, and a
 * result delivered to the applicant delivers the dossier (status 10) with the carrier's proof in its history, in the
 * same transaction. A report repeated, or of an earlier state arriving late, changes nothing; a final state
 * contradicting another one (returned after delivered) is a conflict.
 */
@Component
public class TrackingUpdates {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /**
     * One report, as checked by the callback.
     *
     * @param orderId        the carrier's order id
     * @param at             when it happened at the carrier; {@code null}: now
     * @param trackingNumber when the carrier gives (or changes) it now
     * @param recipientName  for {@code DELIVERED}: who took the parcel (required)
     */
    public record Report(String orderId, ShipmentState state, Instant at, String trackingNumber, String recipientName,
            String photoUrl, String signatureRef, String note) {
    }

    public enum Outcome {
        RECORDED,
        /** The shipment is there already (a repeated or late report): nothing changed. */
        ALREADY_KNOWN,
        UNKNOWN_ORDER,
        /** The parcel's journey ended otherwise. */
        CONFLICT
    }

    private final ShipmentStore store;
    private final Dossiers dossiers;
    private final MessageSource messages;
    private final DisplayTime time;
    private final Clock clock;

    TrackingUpdates(ShipmentStore store, Dossiers dossiers, MessageSource messages, DisplayTime time, Clock clock) {
        this.store = store;
        this.dossiers = dossiers;
        this.messages = messages;
        this.time = time;
        this.clock = clock;
    }

    @Transactional
    public Outcome apply(Report report) {
        Shipment s = store.byOrderIdForUpdate(report.orderId()).orElse(null);
        if (s == null) {
            return Outcome.UNKNOWN_ORDER;
        }
        if (s.state() == report.state()) {
            return Outcome.ALREADY_KNOWN;
        }
        if (s.state().isFinal() && report.state().isFinal()) {
            return Outcome.CONFLICT;
        }
        if (!report.state().after(s.state())) {
            return Outcome.ALREADY_KNOWN;
        }
        Instant now = clock.instant();
        Instant at = report.at() == null ? now : report.at();
        store.moved(s.id(), report.state(), at, report.trackingNumber());
        store.tracking(s.id(), report.state(), at, now, report.note());
        if (report.state() == ShipmentState.DELIVERED) {
            if (report.recipientName() == null || report.recipientName().isBlank()) {
                throw new IllegalArgumentException("a delivery is reported with the recipient's name");
            }
            Shipment.Proof proof = new Shipment.Proof(report.recipientName(), at, report.photoUrl(),
                    report.signatureRef());
            store.proof(s.id(), proof);
            if (s.kind() == Shipment.Kind.DELIVERY) {
                String tracking = report.trackingNumber() != null ? report.trackingNumber() : s.trackingNumber();
                dossiers.confirmPostalDelivery(s.dossierId(), proofNote(tracking, proof));
            }
        }
        return Outcome.RECORDED;
    }

    /** The dossier's history note, in Vietnamese like the rest of the history: who, when, the photo, the signature. */
    private String proofNote(String trackingNumber, Shipment.Proof proof) {
        StringBuilder note = new StringBuilder(messages.getMessage(Message.of("postal.proof.note",
                trackingNumber == null ? "—" : trackingNumber, proof.recipientName(), time.dateTime(proof.at())),
                VIETNAMESE));
        if (proof.photoUrl() != null) {
            note.append(' ').append(messages.getMessage(Message.of("postal.proof.photo", proof.photoUrl()),
                    VIETNAMESE));
        }
        if (proof.signatureRef() != null) {
            note.append(' ').append(messages.getMessage(Message.of("postal.proof.signature", proof.signatureRef()),
                    VIETNAMESE));
        }
        return note.toString();
    }
}
