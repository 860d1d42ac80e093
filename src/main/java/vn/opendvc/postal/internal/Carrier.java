package vn.opendvc.postal.internal;

/**
 * The postal carrier's order API: takes a shipping order and answers with its order id and tracking number; the
 * parcel's progress comes back later through the tracking callback. {@link HttpCarrier} is a VNPost-style carrier,
 * {@link CarrierSimulator} the demo's.
 */
interface Carrier {

    /**
     * One shipping order, as the carrier's API names its fields.
     *
     * @param clientReference ours, unique per order: a carrier that sees it twice keeps one order
     * @param senderPhone     the citizen's at a collection from home (the postman calls), {@code null} for an agency
     * @param itemCode        the dossier code, printed on the parcel
     * @param codAmount       what the postman collects from the receiver, in đồng (0: nothing)
     */
    record Order(String clientReference, String senderName, String senderPhone, String senderAddress,
            String receiverName, String receiverPhone, String receiverAddress, String itemCode, long codAmount,
            String serviceType) {
    }

    /** The carrier took the order. */
    record Placed(String orderId, String trackingNumber) {
    }

    /** @throws CarrierFailure when the carrier did not take the order */
    Placed place(Order order);

    /** The carrier did not take an order: {@code permanent} when sending it again will not help. */
    class CarrierFailure extends RuntimeException {

        private final boolean permanent;

        CarrierFailure(String reason, boolean permanent, Throwable cause) {
            super(reason, cause);
            this.permanent = permanent;
        }

        boolean permanent() {
            return permanent;
        }
    }
}
