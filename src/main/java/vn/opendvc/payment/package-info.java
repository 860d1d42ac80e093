/**
 * Online payment of fees: the amount due for a procedure (online discount, exemptions), payment transactions with
 * one explicit state table ({@link vn.opendvc.payment.PaymentTransitions}), gateways behind
 * {@link vn.opendvc.payment.PaymentGateway} (VNPay 2.1.0 and its built-in simulator), verified callbacks,
 * reconciliation with the gateway and electronic receipts.
 * <p>
 * The module knows nothing about dossiers: a payment is for a {@code reference} (a dossier id) and a payer account.
 * The dossier module calls {@link vn.opendvc.payment.Payments} and listens to {@link vn.opendvc.payment.PaymentSucceeded}
 * and the other events of this package.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Payments")
package vn.opendvc.payment;
