package vn.opendvc.postal.internal;

import java.util.List;

import vn.opendvc.dossier.DossierStatus;

/**
 * What the dossier page and the API show of a dossier's delivery: whether post is offered, the choice made with its
 * address and postage, what the applicant may do now, and every shipment with its tracking, newest first.
 *
 * @param commune         the chosen commune with its province, when delivery by post was chosen
 * @param quote           the postage of the chosen address, when delivery by post was chosen
 * @param changeable      the choice may still be changed: the result is not delivered nor on its way
 * @param pickupAllowed   the applicant may ask the carrier to collect the paper originals at home now
 * @param awaitingOrder   post was chosen and the dossier is done, but no order is under way (choose again to send one)
 */
public record DeliveryView(long dossierId, DossierStatus dossierStatus, boolean available, DeliveryChoice choice,
        PostalAddresses.Commune commune, Postage.Quote quote, boolean changeable, boolean pickupAllowed,
        boolean awaitingOrder, Rates rates, List<Shipment> shipments) {

    /** The postage rules of the dossier's agency, for the form. */
    public record Rates(String provinceName, long inProvinceVnd, long otherProvinceVnd, boolean prepaid) {
    }

    public List<Shipment> deliveries() {
        return shipments.stream().filter(s -> s.kind() == Shipment.Kind.DELIVERY).toList();
    }

    public List<Shipment> pickups() {
        return shipments.stream().filter(s -> s.kind() == Shipment.Kind.PICKUP).toList();
    }
}
