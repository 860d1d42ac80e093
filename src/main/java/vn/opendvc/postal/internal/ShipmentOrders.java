package vn.opendvc.postal.internal;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Component;

/**
 * Opens the shipping orders of a dossier, both ways, as pending rows: the result from the agency to the applicant's
 * chosen address, or the applicant's originals from home to the agency (sender and receiver swapped). {@link
 * OrderPlacement} sends them to the carrier.
 */
@Component
class ShipmentOrders {

    /** A checked address: the phone in national form, the commune known. */
    record Address(String name, String phone, String street, PostalAddresses.Commune commune) {
    }

    private final ShipmentStore store;
    private final PostalAddresses addresses;
    private final Postage postage;
    private final PostalSettings settings;
    private final Clock clock;

    ShipmentOrders(ShipmentStore store, PostalAddresses addresses, Postage postage, PostalSettings settings,
            Clock clock) {
        this.store = store;
        this.addresses = addresses;
        this.postage = postage;
        this.settings = settings;
        this.clock = clock;
    }

    /** The result to {@code to}; the order goes to the carrier at once, the row waits only for a retry. */
    long delivery(long dossierId, String dossierCode, String agencyCode, Address to) {
        Postage.Quote quote = postage.quote(agencyCode, to.commune());
        String agency = addresses.agencyName(agencyCode);
        return open(dossierId, Shipment.Kind.DELIVERY, new Carrier.Order(null, agency, null, agency, to.name(),
                to.phone(), PostalAddresses.printed(to.street(), to.commune()), dossierCode,
                quote.codVnd(Shipment.Kind.DELIVERY), settings.serviceType()), quote);
    }

    /** The applicant's paper originals, collected at {@code from} and brought to the agency. */
    long pickup(long dossierId, String dossierCode, String agencyCode, Address from) {
        Postage.Quote quote = postage.quote(agencyCode, from.commune());
        String agency = addresses.agencyName(agencyCode);
        return open(dossierId, Shipment.Kind.PICKUP, new Carrier.Order(null, from.name(), from.phone(),
                PostalAddresses.printed(from.street(), from.commune()), agency, null, agency, dossierCode,
                quote.codVnd(Shipment.Kind.PICKUP), settings.serviceType()), quote);
    }

    private long open(long dossierId, Shipment.Kind kind, Carrier.Order order, Postage.Quote quote) {
        Instant now = clock.instant();
        return store.insertPending(dossierId, kind, order, quote.postageVnd(), now, now.plus(settings.retryInterval()));
    }
}
