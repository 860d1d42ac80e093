package vn.opendvc.postal.web;

import java.time.Instant;
import java.util.List;

import vn.opendvc.postal.internal.DeliveryView;
import vn.opendvc.postal.internal.Shipment;
import vn.opendvc.web.Message;
import vn.opendvc.web.Translations;

/**
 * A dossier's delivery in the API: {@code method} is {@code POST}, {@code COUNTER} or {@code null} (not chosen yet);
 * each shipment's {@code state} is one of {@code PENDING, REGISTERED, COLLECTED, IN_TRANSIT, DELIVERED, RETURNED,
 * FAILED}, {@code stateName} its name in the caller's language.
 */
record DeliveryJson(long dossierId, boolean available, String method, AddressJson address, Long postageVnd,
        Long codVnd, boolean changeable, boolean pickupAllowed, boolean awaitingOrder, RatesJson rates,
        List<ShipmentJson> shipments) {

    record AddressJson(String recipientName, String phone, String street, String communeCode, String communeName,
            String provinceCode, String provinceName) {
    }

    record RatesJson(String provinceName, long inProvinceVnd, long otherProvinceVnd, boolean prepaid) {
    }

    record ProofJson(String recipientName, Instant at, String photoUrl, String signatureRef) {
    }

    record TrackingJson(String state, String stateName, Instant at, String note) {
    }

    record ShipmentJson(long id, String kind, String state, String stateName, Instant stateAt, String orderId,
            String trackingNumber, String itemCode, String senderName, String senderAddress, String receiverName,
            String receiverAddress, long postageVnd, long codVnd, Instant createdAt, ProofJson proof,
            List<TrackingJson> tracking) {
    }

    static DeliveryJson of(DeliveryView v, Translations translations) {
        AddressJson address = v.commune() == null ? null : new AddressJson(v.choice().recipientName(),
                v.choice().phone(), v.choice().street(), v.commune().code(), v.commune().name(),
                v.commune().provinceCode(), v.commune().provinceName());
        return new DeliveryJson(v.dossierId(), v.available(), v.choice() == null ? null : v.choice().method().name(),
                address, v.quote() == null ? null : v.quote().postageVnd(),
                v.quote() == null ? null : v.quote().citizenPaysVnd(), v.changeable(), v.pickupAllowed(),
                v.awaitingOrder(), new RatesJson(v.rates().provinceName(), v.rates().inProvinceVnd(),
                        v.rates().otherProvinceVnd(), v.rates().prepaid()),
                v.shipments().stream().map(s -> shipment(s, translations)).toList());
    }

    private static ShipmentJson shipment(Shipment s, Translations translations) {
        Shipment.Proof p = s.proof();
        return new ShipmentJson(s.id(), s.kind().name(), s.state().name(),
                translations.text(Message.of(s.state().messageCode())), s.stateAt(), s.carrierOrderId(),
                s.trackingNumber(), s.itemCode(), s.senderName(), s.senderAddress(), s.receiverName(),
                s.receiverAddress(), s.postageVnd(), s.codVnd(), s.createdAt(),
                p == null ? null : new ProofJson(p.recipientName(), p.at(), p.photoUrl(), p.signatureRef()),
                s.tracking().stream().map(t -> new TrackingJson(t.state().name(),
                        translations.text(Message.of(t.state().messageCode())), t.at(), t.note())).toList());
    }
}
