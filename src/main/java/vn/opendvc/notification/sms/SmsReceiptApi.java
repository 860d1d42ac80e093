package vn.opendvc.notification.sms;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.opendvc.notification.sms.SmsDeliveryReceipts.Outcome;
import vn.opendvc.web.Message;
import vn.opendvc.web.Problems;
import vn.opendvc.web.SharedSecret;

/**
 * The SMS provider's delivery receipts (server to server). No login and no CSRF token: the shared secret in
 * {@value #SECRET_HEADER} is the authentication, compared in constant time. Without a configured secret the callback
 * is off and answers 404.
 */
@RestController
@Tag(name = "Thông báo / Notifications")
class SmsReceiptApi {

    static final String PATH = "/api/v1/notifications/sms/delivery-receipts";
    static final String SECRET_HEADER = "X-OpenDVC-Sms-Secret";
    static final int MAX_REFERENCE = 100;
    static final int MAX_DETAIL = 1000;

    /** The provider's statuses: EXPIRED may still be delivered by a later attempt; the others are final. */
    static final Map<String, Outcome> OUTCOMES = Map.of(
            "DELIVERED", Outcome.DELIVERED,
            "EXPIRED", Outcome.TEMPORARY_FAILURE,
            "FAILED", Outcome.PERMANENT_FAILURE,
            "REJECTED", Outcome.PERMANENT_FAILURE,
            "UNDELIVERABLE", Outcome.PERMANENT_FAILURE);

    private final SharedSecret secret;
    private final ObjectProvider<SmsDeliveryReceipts> receipts;

    SmsReceiptApi(SmsSettings settings, ObjectProvider<SmsDeliveryReceipts> receipts) {
        this.secret = SharedSecret.of(settings.receiptsOn() ? settings.receiptSecret() : null);
        this.receipts = receipts;
    }

    @Schema(name = "SmsDeliveryReceipt", description = "Báo cáo phát tin SMS / SMS delivery receipt")
    record Receipt(
            @Schema(description = "Mã tham chiếu OpenDVC gửi kèm tin / the clientReference the text was sent with",
                    requiredMode = Schema.RequiredMode.REQUIRED, maxLength = MAX_REFERENCE) String clientReference,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                    allowableValues = {"DELIVERED", "FAILED", "EXPIRED", "REJECTED", "UNDELIVERABLE"}) String status,
            @Schema(description = "Chi tiết của nhà mạng / the provider's detail", maxLength = MAX_DETAIL)
            String detail) {
    }

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Báo cáo phát tin SMS của nhà cung cấp (máy chủ tới máy chủ) / SMS delivery receipt",
            description = "Xác thực bằng khóa chung trong tiêu đề " + SECRET_HEADER + "; tắt (404) khi chưa cấu hình "
                    + "khóa. Authenticated by the shared secret in the " + SECRET_HEADER + " header; off (404) while "
                    + "no secret is configured.")
    @ApiResponse(responseCode = "204", description = "Đã ghi nhận / recorded")
    ResponseEntity<Void> smsDeliveryReceipt(
            @Parameter(description = "Khóa chung / the shared secret")
            @RequestHeader(name = SECRET_HEADER, required = false) String presented,
            @RequestBody Receipt receipt) {
        SmsDeliveryReceipts outbox = receipts.getIfAvailable();
        if (!secret.configured() || outbox == null) {
            throw Problems.problem(HttpStatus.NOT_FOUND, "not-found", Problems.title("not-found"),
                    Message.of("sms.receipt.off"));
        }
        if (!secret.accepts(presented)) {
            throw Problems.unauthorized(Message.of("sms.receipt.secret.wrong"));
        }
        Outcome outcome = outcome(receipt);
        String detail = receipt.detail() == null || receipt.detail().isBlank() ? null : receipt.detail().strip();
        if (!outbox.record(receipt.clientReference().strip(), outcome, detail)) {
            throw Problems.notFound(Message.of("sms.receipt.sms"), receipt.clientReference().strip());
        }
        return ResponseEntity.noContent().build();
    }

    /** The receipt's outcome, or a 400 saying which fields are wrong. */
    private static Outcome outcome(Receipt receipt) {
        if (receipt == null) {
            throw Problems.badRequest(Message.of("sms.receipt.invalid"));
        }
        Map<String, Message> errors = new LinkedHashMap<>();
        String reference = receipt.clientReference();
        if (reference == null || reference.isBlank()) {
            errors.put("clientReference", Message.of("sms.receipt.field.required"));
        } else if (reference.strip().length() > MAX_REFERENCE) {
            errors.put("clientReference", Message.of("sms.receipt.field.too-long", MAX_REFERENCE));
        }
        Outcome outcome = null;
        if (receipt.status() == null || receipt.status().isBlank()) {
            errors.put("status", Message.of("sms.receipt.field.required"));
        } else {
            outcome = OUTCOMES.get(receipt.status().strip().toUpperCase(Locale.ROOT));
            if (outcome == null) {
                errors.put("status", Message.of("sms.receipt.status.unknown", String.join(", ",
                        "DELIVERED", "FAILED", "EXPIRED", "REJECTED", "UNDELIVERABLE")));
            }
        }
        if (receipt.detail() != null && receipt.detail().strip().length() > MAX_DETAIL) {
            errors.put("detail", Message.of("sms.receipt.field.too-long", MAX_DETAIL));
        }
        if (!errors.isEmpty()) {
            throw Problems.badRequest(Message.of("sms.receipt.invalid"), errors);
        }
        return outcome;
    }
}
