package vn.opendvc.postal.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * The demo's carrier at work: the orders the simulator took, and the parcel moved on one state at a time (registered →
 * collected → in transit → delivered) or sent back, reported through the same {@link TrackingUpdates} as the
 * carrier's callback. The postman's proof is the receiver's name and a made-up signature reference.
 */
@Component
@Conditional(PostalConfiguration.SimulatorOn.class)
public class SimulatedTracking {

    static final int SHOWN = 100;
    private static final Map<ShipmentState, ShipmentState> NEXT = Map.of(
            ShipmentState.REGISTERED, ShipmentState.COLLECTED,
            ShipmentState.COLLECTED, ShipmentState.IN_TRANSIT,
            ShipmentState.IN_TRANSIT, ShipmentState.DELIVERED);

    private final ShipmentStore store;
    private final TrackingUpdates tracking;

    SimulatedTracking(ShipmentStore store, TrackingUpdates tracking) {
        this.store = store;
        this.tracking = tracking;
    }

    /** The simulator's orders, newest first. */
    public List<Shipment> orders() {
        return store.simulated(CarrierSimulator.ORDER_PREFIX, SHOWN);
    }

    /** The next state of the parcel's journey; empty when the order is not the simulator's or its journey ended. */
    public Optional<TrackingUpdates.Outcome> advance(long shipmentId) {
        return simulated(shipmentId).flatMap(s -> Optional.ofNullable(NEXT.get(s.state())).map(next -> tracking.apply(
                new TrackingUpdates.Report(s.carrierOrderId(), next, null, null,
                        next == ShipmentState.DELIVERED ? s.receiverName() : null, null,
                        next == ShipmentState.DELIVERED ? "SIM-KY-" + s.id() : null, null))));
    }

    /** The parcel could not be handed over and goes back (receiver absent, address wrong). */
    public Optional<TrackingUpdates.Outcome> returnToSender(long shipmentId) {
        return simulated(shipmentId).filter(Shipment::open).map(s -> tracking.apply(new TrackingUpdates.Report(
                s.carrierOrderId(), ShipmentState.RETURNED, null, null, null, null, null, null)));
    }

    private Optional<Shipment> simulated(long shipmentId) {
        return store.find(shipmentId).filter(s -> s.carrierOrderId() != null
                && s.carrierOrderId().startsWith(CarrierSimulator.ORDER_PREFIX));
    }
}
