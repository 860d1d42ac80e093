package vn.opendvc.postal.internal;

import java.time.Instant;
import java.util.List;

/**
 * A shipping order at the postal carrier for one dossier, with the tracking the carrier reported.
 *
 * @param itemCode       the dossier code, printed on the parcel
 * @param codVnd         what the postman collects from the receiver
 * @param carrierOrderId the carrier's id of the order, {@code null} while {@link ShipmentState#PENDING}
 * @param lastError      why the carrier did not take the order (yet), for the officers and the logs
 * @param proof          the carrier's proof of delivery, once delivered
 * @param tracking       the states the parcel went through, oldest first
 */
public record Shipment(long id, long dossierId, Kind kind, ShipmentState state, String itemCode, String senderName,
        String senderPhone, String senderAddress, String receiverName, String receiverPhone, String receiverAddress, long postageVnd,
        long codVnd, String carrierOrderId, String trackingNumber, int attempts, String lastError, Instant createdAt,
        Instant stateAt, Proof proof, List<Tracking> tracking) {

    /** Which way the parcel goes. */
    public enum Kind {
        /** The paper result, from the agency to the applicant. */
        DELIVERY,
        /** The applicant's paper originals, collected at home and brought to the agency. */
        PICKUP
    }

    /** Who took the parcel and when, as the carrier reported it; a photo or a signature reference when it has one. */
    public record Proof(String recipientName, Instant at, String photoUrl, String signatureRef) {
    }

    /** One state the parcel reached. */
    public record Tracking(ShipmentState state, Instant at, String note) {
    }

    /** Still under way: placing the order, or the parcel on its way. */
    public boolean open() {
        return !state.isFinal();
    }

    Shipment withTracking(List<Tracking> events) {
        return new Shipment(id, dossierId, kind, state, itemCode, senderName, senderPhone, senderAddress, receiverName,
                receiverPhone, receiverAddress, postageVnd, codVnd, carrierOrderId, trackingNumber, attempts,
                lastError, createdAt, stateAt, proof, events);
    }
}
