package vn.opendvc.postal.internal;

import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.DossierProblem;
import vn.opendvc.dossier.DossierStatus;
import vn.opendvc.dossier.Dossiers;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.web.Message;
import vn.opendvc.web.Problem;
import vn.opendvc.web.Problems;

/**
 * The applicant's choice of how the paper result comes back, from the draft until the result is delivered, and what
 * a dossier's delivery looks like. Choosing post on a done dossier (a returned parcel, or the counter first) sends a
 * new order at once.
 */
@Component
public class DeliveryChoices {

    /** The result is not delivered yet and may still be: the choice may be made or changed. */
    static final Set<DossierStatus> CHOOSABLE = EnumSet.of(DossierStatus.DRAFT, DossierStatus.SUBMITTED,
            DossierStatus.RECEIVED, DossierStatus.PROCESSING, DossierStatus.SUPPLEMENT_REQUESTED,
            DossierStatus.PAYMENT_REQUIRED, DossierStatus.DONE);

    /** {@code method} is {@code POST} or {@code COUNTER}; the address is needed for {@code POST} only. */
    public record Request(String method, AddressInput address) {
    }

    private final Dossiers dossiers;
    private final DeliveryChoiceStore choices;
    private final ShipmentStore store;
    private final ShipmentOrders orders;
    private final PostalAddresses addresses;
    private final Postage postage;
    private final PostalSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DeliveryChoices(Dossiers dossiers, DeliveryChoiceStore choices, ShipmentStore store, ShipmentOrders orders,
            PostalAddresses addresses, Postage postage, PostalSettings settings, ApplicationEventPublisher events,
            Clock clock) {
        this.dossiers = dossiers;
        this.choices = choices;
        this.store = store;
        this.orders = orders;
        this.addresses = addresses;
        this.postage = postage;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /** The dossier's delivery as {@code by} (its applicant or an officer of its agency) may see it. */
    public DeliveryView view(CurrentUser by, long dossierId) {
        return view(visible(by, dossierId));
    }

    /** The delivery of a dossier its reader has already loaded (the dossier page). */
    public DeliveryView view(Dossier d) {
        DeliveryChoice choice = choices.find(d.id()).orElse(null);
        List<Shipment> shipments = store.ofDossier(d.id());
        boolean deliveryOpen = shipments.stream().anyMatch(s -> s.kind() == Shipment.Kind.DELIVERY && s.open());
        boolean pickupOpen = shipments.stream().anyMatch(s -> s.kind() == Shipment.Kind.PICKUP && s.open());
        PostalAddresses.Commune commune = choice != null && choice.byPost()
                ? addresses.commune(choice.communeCode()).orElse(null) : null;
        String province = addresses.province(d.agencyCode()).map(a -> a.name()).orElse("");
        return new DeliveryView(d.id(), d.status(), settings.available(), choice, commune,
                commune == null ? null : postage.quote(d.agencyCode(), commune),
                CHOOSABLE.contains(d.status()) && !deliveryOpen,
                settings.available() && PickupRequests.PICKUP_STATUSES.contains(d.status()) && !pickupOpen,
                d.status() == DossierStatus.DONE && choice != null && choice.byPost() && !deliveryOpen,
                new DeliveryView.Rates(province, settings.inProvinceVnd(), settings.otherProvinceVnd(),
                        settings.prepaid()),
                shipments);
    }

    @Transactional
    public DeliveryView choose(CurrentUser by, long dossierId, Request request) {
        Dossier d = applicantsDossier(by, dossierId);
        Map<String, Message> errors = new LinkedHashMap<>();
        DeliveryChoice.Method method = method(request.method(), errors);
        ShipmentOrders.Address address = null;
        if (method == DeliveryChoice.Method.POST) {
            address = request.address().check(addresses, errors);
        } else {
            request.address().checkLengths(errors);
        }
        if (!errors.isEmpty()) {
            throw Problems.badRequest(Message.of("postal.problem.invalid"), errors);
        }
        if (!CHOOSABLE.contains(d.status())) {
            throw conflict("postal.problem.too-late");
        }
        if (store.hasOpen(d.id(), Shipment.Kind.DELIVERY)) {
            throw conflict("postal.problem.delivery-open");
        }
        if (method == DeliveryChoice.Method.POST && !settings.available()) {
            throw notAvailable();
        }
        DeliveryChoice choice = address == null
                ? new DeliveryChoice(method, null, null, null, null, clock.instant())
                : new DeliveryChoice(method, address.name(), address.phone(), address.street(),
                        address.commune().code(), clock.instant());
        choices.save(d.id(), choice, by.accountId());
        if (address != null && d.status() == DossierStatus.DONE) {
            try {
                events.publishEvent(new ShipmentRequested(orders.delivery(d.id(), d.code(), d.agencyCode(), address)));
            } catch (DuplicateKeyException sentMeanwhile) {
                throw conflict("postal.problem.delivery-open");
            }
        }
        return view(d);
    }

    /** The dossier, if {@code by} may see it (404 otherwise). */
    Dossier visible(CurrentUser by, long dossierId) {
        return dossiers.find(by, dossierId).orElseThrow(() -> DossierProblem.notFound(dossierId));
    }

    /** The dossier, if {@code by} is its applicant: others who may see it get 403. */
    Dossier applicantsDossier(CurrentUser by, long dossierId) {
        Dossier d = visible(by, dossierId);
        if (d.applicantId() != by.accountId()) {
            throw Problems.forbidden(Message.of("postal.problem.applicant-only"));
        }
        return d;
    }

    private static DeliveryChoice.Method method(String value, Map<String, Message> errors) {
        if (value == null || value.isBlank()) {
            errors.put("method", Message.of("postal.field.required"));
            return null;
        }
        return switch (value.strip().toUpperCase(Locale.ROOT)) {
            case "POST" -> DeliveryChoice.Method.POST;
            case "COUNTER" -> DeliveryChoice.Method.COUNTER;
            default -> {
                errors.put("method", Message.of("postal.field.method"));
                yield null;
            }
        };
    }

    static Problem conflict(String key) {
        return Problems.conflict(Message.of(key));
    }

    static Problem notAvailable() {
        return Problems.problem(HttpStatus.CONFLICT, "postal-not-available",
                Message.of("postal.problem.not-available.title"), Message.of("postal.problem.not-available"));
    }
}
