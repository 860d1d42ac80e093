package vn.opendvc.postal.internal;

import java.security.SecureRandom;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's carrier: takes every order at once, with an order id {@code SIM-…} and a tracking number in the UPU
 * format of a domestic parcel ({@code EB123456789VN}). It keeps nothing: the orders are the shipments of the database,
 * and the demo page ({@code /demo/postal}) moves them on through the same tracking handling as the carrier's callback
 * ({@link SimulatedTracking}), so they survive a restart and any node shows them.
 */
class CarrierSimulator implements Carrier {

    static final String ORDER_PREFIX = "SIM-";

    private static final Logger log = LoggerFactory.getLogger(CarrierSimulator.class);
    private final SecureRandom random = new SecureRandom();

    @Override
    public Placed place(Order order) {
        String orderId = ORDER_PREFIX + UUID.randomUUID();
        String tracking = "EB%09dVN".formatted(random.nextInt(1_000_000_000));
        log.info("Postal order {} taken by the simulator as {} ({})", order.clientReference(), orderId, tracking);
        return new Placed(orderId, tracking);
    }
}
