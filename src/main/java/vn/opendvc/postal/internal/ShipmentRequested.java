package vn.opendvc.postal.internal;

/**
 * A citizen asked for a shipping order (a new delivery after a returned one, a collection from home): it is placed at
 * the carrier after the request's transaction committed, recorded in the event publication registry.
 */
public record ShipmentRequested(long shipmentId) {
}
