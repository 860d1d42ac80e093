package vn.opendvc.postal.internal;

import org.springframework.stereotype.Component;

import vn.opendvc.dossier.ResultParcels;

/** A result's shipping order the carrier has not finished with (not delivered, returned or failed) is under way. */
@Component
class ParcelsUnderWay implements ResultParcels {

    private final ShipmentStore shipments;

    ParcelsUnderWay(ShipmentStore shipments) {
        this.shipments = shipments;
    }

    @Override
    public boolean underWay(long dossierId) {
        return shipments.hasOpen(dossierId, Shipment.Kind.DELIVERY);
    }
}
