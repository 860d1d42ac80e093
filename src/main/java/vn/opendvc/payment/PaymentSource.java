package vn.opendvc.payment;

/**
 * Who caused a transition. The browser's return from the gateway is deliberately not a source: the return page
 * only shows the result, the IPN or reconciliation decides. The built-in simulator settles through a real IPN.
 */
public enum PaymentSource {
    /** The payer (start) or a staff member (refund). */
    USER,
    /** The gateway's server-to-server notification. */
    IPN,
    /** The reconciliation job asking the gateway ({@code querydr}). */
    RECONCILIATION,
    /** The expiry job, or a read that found the payment past its expiry. */
    EXPIRY
}
