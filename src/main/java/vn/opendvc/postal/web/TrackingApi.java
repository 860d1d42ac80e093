package vn.opendvc.postal.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

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
import vn.opendvc.postal.internal.PostalCallback;
import vn.opendvc.postal.internal.ShipmentState;
import vn.opendvc.postal.internal.TrackingUpdates;
import vn.opendvc.web.Message;
import vn.opendvc.web.Problems;
import vn.opendvc.web.HttpAddress;

/**
 * The carrier's tracking callback (server to server). No login and no CSRF token: the shared secret in
 * {@value #SECRET_HEADER} is the authentication, compared in constant time ({@link PostalCallback}). Without a configured secret the callback
 * is off and answers 404. A report repeated or arriving late is accepted without changing anything (the carrier stops
 * sending it); a delivery reported with the receiver's name delivers the dossier.
 */
@RestController
@Tag(name = "Bưu chính / Postal delivery")
class TrackingApi {

    static final String PATH = "/api/v1/postal/tracking";
    static final String SECRET_HEADER = "X-OpenDVC-Postal-Secret";
    static final int MAX_ID = 100;
    static final int MAX_NAME = 100;
    static final int MAX_URL = 500;
    static final int MAX_SIGNATURE = 200;
    static final int MAX_NOTE = 500;

    private final PostalCallback callback;
    private final TrackingUpdates tracking;

    TrackingApi(PostalCallback callback, TrackingUpdates tracking) {
        this.callback = callback;
        this.tracking = tracking;
    }

    @Schema(name = "PostalTrackingReport", description = "Trạng thái bưu gửi / a parcel's tracking state")
    record TrackingBody(
            @Schema(description = "Mã đơn hàng của bưu điện / the carrier's order id",
                    requiredMode = Schema.RequiredMode.REQUIRED, maxLength = MAX_ID) String orderId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                    allowableValues = {"REGISTERED", "COLLECTED", "IN_TRANSIT", "DELIVERED", "RETURNED"})
            String status,
            @Schema(description = "Thời điểm / when it happened (default: now)") Instant at,
            @Schema(description = "Số hiệu bưu gửi / tracking number", maxLength = MAX_ID) String trackingNumber,
            @Schema(description = "Người nhận (bắt buộc khi DELIVERED) / who received it (DELIVERED)",
                    maxLength = MAX_NAME) String recipientName,
            @Schema(description = "Ảnh xác nhận phát / photo of the delivery", maxLength = MAX_URL) String photoUrl,
            @Schema(description = "Mã chữ ký người nhận / signature reference", maxLength = MAX_SIGNATURE)
            String signatureRef,
            @Schema(maxLength = MAX_NOTE) String note) {
    }

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Trạng thái bưu gửi của bưu điện (máy chủ tới máy chủ) / the carrier's tracking callback",
            description = "Xác thực bằng khóa chung trong tiêu đề " + SECRET_HEADER + "; tắt (404) khi chưa cấu hình "
                    + "khóa. Authenticated by the shared secret in the " + SECRET_HEADER + " header; off (404) while "
                    + "no secret is configured.")
    @ApiResponse(responseCode = "204", description = "Đã ghi nhận / recorded")
    ResponseEntity<Void> postalTracking(
            @Parameter(description = "Khóa chung / the shared secret")
            @RequestHeader(name = SECRET_HEADER, required = false) String secret,
            @RequestBody TrackingBody body) {
        if (!callback.on()) {
            throw Problems.problem(HttpStatus.NOT_FOUND, "not-found", Problems.title("not-found"),
                    Message.of("postal.callback.off"));
        }
        if (!callback.accepts(secret)) {
            throw Problems.unauthorized(Message.of("postal.callback.secret.wrong"));
        }
        TrackingUpdates.Report report = report(body);
        return switch (tracking.apply(report)) {
            case RECORDED, ALREADY_KNOWN -> ResponseEntity.noContent().build();
            case UNKNOWN_ORDER -> throw Problems.notFound(Message.of("postal.callback.order"), report.orderId());
            case CONFLICT -> throw Problems.conflict(Message.of("postal.callback.conflict", report.orderId()));
        };
    }

    /** The report, or a 400 saying which fields are wrong. */
    private static TrackingUpdates.Report report(TrackingBody body) {
        if (body == null) {
            throw Problems.badRequest(Message.of("postal.callback.invalid"));
        }
        Map<String, Message> errors = new LinkedHashMap<>();
        String orderId = text(errors, "orderId", body.orderId(), MAX_ID, true);
        ShipmentState state = null;
        if (body.status() == null || body.status().isBlank()) {
            errors.put("status", Message.of("postal.field.required"));
        } else {
            state = ShipmentState.reported(body.status()).orElse(null);
            if (state == null) {
                errors.put("status", Message.of("postal.callback.status.unknown",
                        "REGISTERED, COLLECTED, IN_TRANSIT, DELIVERED, RETURNED"));
            }
        }
        String trackingNumber = text(errors, "trackingNumber", body.trackingNumber(), MAX_ID, false);
        String recipient = text(errors, "recipientName", body.recipientName(), MAX_NAME,
                state == ShipmentState.DELIVERED);
        String photo = text(errors, "photoUrl", body.photoUrl(), MAX_URL, false);
        if (photo != null && !HttpAddress.isAbsoluteHttp(photo)) {
            errors.put("photoUrl", Message.of("postal.callback.photo"));
        }
        String signature = text(errors, "signatureRef", body.signatureRef(), MAX_SIGNATURE, false);
        String note = text(errors, "note", body.note(), MAX_NOTE, false);
        if (!errors.isEmpty()) {
            throw Problems.badRequest(Message.of("postal.callback.invalid"), errors);
        }
        return new TrackingUpdates.Report(orderId, state, body.at(), trackingNumber, recipient, photo, signature,
                note);
    }

    /** The text stripped, {@code null} when blank; a field error when required and missing, or too long. */
    private static String text(Map<String, Message> errors, String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.put(field, Message.of("postal.field.required"));
            }
            return null;
        }
        if (value.strip().length() > max) {
            errors.put(field, Message.of("postal.field.too-long", max));
            return null;
        }
        return value.strip();
    }

}
