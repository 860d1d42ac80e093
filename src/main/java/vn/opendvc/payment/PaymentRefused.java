package vn.opendvc.payment;

import java.util.Map;

import org.springframework.http.HttpStatus;

import vn.opendvc.web.Message;
import vn.opendvc.web.Problem;

/**
 * A payment request that cannot be honoured, as RFC 9457 problem details: a REST controller that lets it through
 * answers with its status (409 for a reused idempotency key, a reference already paid or paid for at the moment, 400 for bad
 * input, 503 while no gateway is configured).
 */
public class PaymentRefused extends Problem {

    /** The same idempotency key was used before with a different request. */
    public static final String IDEMPOTENCY_KEY_REUSED = "idempotency-key-reused";
    /** The reference already has a succeeded payment. */
    public static final String ALREADY_PAID = "already-paid";
    /**
     * The reference has an open payment started by another payer or for another request (amount, agency, order info):
     * it must end (paid, failed or expired) before another starts.
     */
    public static final String PAYMENT_IN_PROGRESS = "payment-in-progress";
    /** Amount, key or another field is unusable. */
    public static final String INVALID = "invalid-payment";
    /** No payment gateway is configured on this installation. */
    public static final String GATEWAY_UNAVAILABLE = "gateway-unavailable";

    private final String reason;

    private PaymentRefused(HttpStatus status, String reason, Message detail) {
        super(status, reason, Message.of("payment.problem." + reason + ".title"), detail, Map.of());
        this.reason = reason;
    }

    public static PaymentRefused idempotencyKeyReused(String key) {
        return new PaymentRefused(HttpStatus.CONFLICT, IDEMPOTENCY_KEY_REUSED,
                Message.of("payment.problem.idempotency-key-reused.detail", key));
    }

    public static PaymentRefused alreadyPaid(long reference) {
        return new PaymentRefused(HttpStatus.CONFLICT, ALREADY_PAID,
                Message.of("payment.problem.already-paid.detail", reference));
    }

    /** @param until when the open payment expires if nobody pays it */
    public static PaymentRefused paymentInProgress(long reference, String until) {
        return new PaymentRefused(HttpStatus.CONFLICT, PAYMENT_IN_PROGRESS,
                Message.of("payment.problem.payment-in-progress.detail", reference, until));
    }

    /** @param detail what is wrong, a {@code payment.problem.invalid.*} message */
    public static PaymentRefused invalid(Message detail) {
        return new PaymentRefused(HttpStatus.BAD_REQUEST, INVALID, detail);
    }

    /** Online payment is off: outside the demo, no gateway is configured ({@code OPENDVC_VNPAY_*}). */
    public static PaymentRefused gatewayUnavailable() {
        return new PaymentRefused(HttpStatus.SERVICE_UNAVAILABLE, GATEWAY_UNAVAILABLE,
                Message.of("payment.problem.gateway-unavailable.detail"));
    }

    /** One of the constants of this class. */
    public String reason() {
        return reason;
    }
}
