package vn.opendvc.postal.internal;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.DossierStatus;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.web.Message;
import vn.opendvc.web.Problems;

/**
 * Collection at home: the applicant of a submitted dossier asks the carrier to collect the paper originals the
 * procedure requires and bring them to the agency. One collection under way per dossier; another may be asked for
 * once it ended (a supplement may need more originals).
 */
@Component
public class PickupRequests {

    /** Submitted and not finished: the agency may still need the originals. */
    static final Set<DossierStatus> PICKUP_STATUSES = EnumSet.of(DossierStatus.SUBMITTED, DossierStatus.RECEIVED,
            DossierStatus.PROCESSING, DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.PAYMENT_REQUIRED);

    private final DeliveryChoices choices;
    private final ShipmentStore store;
    private final ShipmentOrders orders;
    private final PostalAddresses addresses;
    private final PostalSettings settings;
    private final ApplicationEventPublisher events;

    PickupRequests(DeliveryChoices choices, ShipmentStore store, ShipmentOrders orders, PostalAddresses addresses,
            PostalSettings settings, ApplicationEventPublisher events) {
        this.choices = choices;
        this.store = store;
        this.orders = orders;
        this.addresses = addresses;
        this.settings = settings;
        this.events = events;
    }

    @Transactional
    public DeliveryView request(CurrentUser by, long dossierId, AddressInput from) {
        Dossier d = choices.applicantsDossier(by, dossierId);
        Map<String, Message> errors = new LinkedHashMap<>();
        ShipmentOrders.Address address = from.check(addresses, errors);
        if (!errors.isEmpty()) {
            throw Problems.badRequest(Message.of("postal.problem.invalid"), errors);
        }
        if (!settings.available()) {
            throw DeliveryChoices.notAvailable();
        }
        if (!PICKUP_STATUSES.contains(d.status())) {
            throw DeliveryChoices.conflict("postal.problem.pickup-status");
        }
        if (store.hasOpen(d.id(), Shipment.Kind.PICKUP)) {
            throw DeliveryChoices.conflict("postal.problem.pickup-open");
        }
        try {
            events.publishEvent(new ShipmentRequested(orders.pickup(d.id(), d.code(), d.agencyCode(), address)));
        } catch (DuplicateKeyException askedMeanwhile) {
            throw DeliveryChoices.conflict("postal.problem.pickup-open");
        }
        return choices.view(d);
    }
}
