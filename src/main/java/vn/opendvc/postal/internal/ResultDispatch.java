package vn.opendvc.postal.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

import vn.opendvc.dossier.DossierStatus;
import vn.opendvc.dossier.DossierStatusChanged;

/**
 * Sends the paper result by post once the dossier is done (status 9), when its applicant chose delivery by post; and
 * places the orders citizens asked for later. Runs after the dossier's transaction committed, recorded in the event
 * publication registry, and takes an event twice without a second order: one open order per dossier (a unique key),
 * and none when an order was made since the dossier became done.
 */
@Component
class ResultDispatch {

    private static final Logger log = LoggerFactory.getLogger(ResultDispatch.class);

    private final ShipmentStore store;
    private final DeliveryChoiceStore choices;
    private final ShipmentOrders orders;
    private final OrderPlacement placement;
    private final PostalAddresses addresses;
    private final PostalSettings settings;

    ResultDispatch(ShipmentStore store, DeliveryChoiceStore choices, ShipmentOrders orders, OrderPlacement placement,
            PostalAddresses addresses, PostalSettings settings) {
        this.store = store;
        this.choices = choices;
        this.orders = orders;
        this.placement = placement;
        this.addresses = addresses;
        this.settings = settings;
    }

    /**
     * Outside any transaction: the pending order is committed before the carrier is called (in {@link
     * OrderPlacement}'s own transaction), so an order the carrier took is never lost with a rolled-back row. Only a
     * result made ready concerns the post: the condition keeps every other change out of the publication registry
     * (no row written and marked completed for nothing).
     */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED,
            condition = "#changed.to() == T(vn.opendvc.dossier.DossierStatus).DONE")
    void on(DossierStatusChanged changed) {
        long id = changed.dossierId();
        DeliveryChoice choice = choices.find(id).filter(DeliveryChoice::byPost).orElse(null);
        if (choice == null || store.hasOpen(id, Shipment.Kind.DELIVERY)
                || store.createdSince(id, Shipment.Kind.DELIVERY, changed.at())) {
            return;
        }
        PostalAddresses.Commune commune = addresses.commune(choice.communeCode()).orElse(null);
        if (!settings.available() || commune == null) {
            log.warn("Dossier {} chose delivery by post but {}: the result waits at the counter", changed.code(),
                    commune == null ? "its commune is no longer known" : "no postal carrier is configured");
            return;
        }
        long shipment;
        try {
            shipment = orders.delivery(id, changed.code(), changed.agencyCode(),
                    new ShipmentOrders.Address(choice.recipientName(), choice.phone(), choice.street(), commune));
        } catch (DuplicateKeyException orderedMeanwhile) {
            return; // the citizen's own request (or another node) opened the order a moment ago
        }
        placement.place(shipment);
    }

    @ApplicationModuleListener
    void on(ShipmentRequested requested) {
        placement.place(requested.shipmentId());
    }
}
