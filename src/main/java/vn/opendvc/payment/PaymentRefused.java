package vn.opendvc.payment;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import vn.opendvc.web.Problems;

/**
 * A payment request that cannot be honoured, as RFC 9457 problem details: a REST controller that lets it through
 * answers with its status (409 for a reused idempotency key or a reference already paid, 400 for bad input).
 */
public class PaymentRefused extends ErrorResponseException {

    /** The same idempotency key was used before with a different request. */
    public static final String IDEMPOTENCY_KEY_REUSED = "idempotency-key-reused";
    /** The reference already has a succeeded payment. */
    public static final String ALREADY_PAID = "already-paid";
    /** Amount, key or another field is unusable. */
    public static final String INVALID = "invalid-payment";

    private final String reason;

    private PaymentRefused(HttpStatus status, String reason, String title, String detail) {
        super(status, Problems.of(status, reason, title, detail), null);
        this.reason = reason;
    }

    public static PaymentRefused idempotencyKeyReused(String key) {
        return new PaymentRefused(HttpStatus.CONFLICT, IDEMPOTENCY_KEY_REUSED, "Khóa Idempotency-Key đã được dùng",
                "Khóa '" + key + "' đã được dùng cho một yêu cầu thanh toán khác / the key was used for a different request");
    }

    public static PaymentRefused alreadyPaid(long reference) {
        return new PaymentRefused(HttpStatus.CONFLICT, ALREADY_PAID, "Đã thanh toán",
                "Khoản phí của hồ sơ " + reference + " đã được thanh toán / already paid");
    }

    public static PaymentRefused invalid(String detail) {
        return new PaymentRefused(HttpStatus.BAD_REQUEST, INVALID, "Yêu cầu thanh toán không hợp lệ", detail);
    }

    /** One of the constants of this class. */
    public String reason() {
        return reason;
    }
}
