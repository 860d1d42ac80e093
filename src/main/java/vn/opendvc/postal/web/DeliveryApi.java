package vn.opendvc.postal.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.postal.internal.AddressInput;
import vn.opendvc.postal.internal.DeliveryChoices;
import vn.opendvc.postal.internal.PickupRequests;
import vn.opendvc.web.Translations;

/**
 * How the paper result of a dossier comes back (by post or at the counter) with its postage and tracking, and the
 * collection of the paper originals at home. The electronic result is at {@code GET /api/v1/dossiers/{id}/result}
 * whatever the choice.
 */
@RestController
@RequestMapping("/api/v1/dossiers/{id}")
@Tag(name = "Bưu chính / Postal delivery")
class DeliveryApi {

    private final DeliveryChoices choices;
    private final PickupRequests pickups;
    private final Translations translations;

    DeliveryApi(DeliveryChoices choices, PickupRequests pickups, Translations translations) {
        this.choices = choices;
        this.pickups = pickups;
        this.translations = translations;
    }

    @Schema(name = "DeliveryChoice")
    record ChoiceBody(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"POST", "COUNTER"})
            String method,
            @Schema(description = "Người nhận / recipient (POST)", maxLength = 100) String recipientName,
            @Schema(description = "Số điện thoại / phone (POST)", maxLength = 20) String phone,
            @Schema(description = "Số nhà, đường, thôn / street (POST)", maxLength = 200) String street,
            @Schema(description = "Mã xã, phường (đơn vị hành chính 2025) / commune or ward code (POST)",
                    maxLength = 64) String communeCode) {
    }

    @Schema(name = "PickupRequest")
    record PickupBody(
            @Schema(description = "Người giao hồ sơ / who hands the originals over",
                    requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 100) String name,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 20) String phone,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String street,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 64) String communeCode) {
    }

    @GetMapping("/delivery")
    @Operation(summary = "Hình thức nhận kết quả và vận đơn / how the result comes back, postage and tracking")
    DeliveryJson delivery(@PathVariable long id, CurrentUser user) {
        return DeliveryJson.of(choices.view(user, id), translations);
    }

    @PutMapping("/delivery")
    @Operation(summary = "Chọn nhận kết quả qua bưu chính hoặc tại bộ phận một cửa / choose delivery by post or at the"
            + " counter", description = "Chỉ người nộp, đến khi trả kết quả; 409 khi chưa có dịch vụ bưu chính. "
            + "The applicant only, until the result is delivered; 409 when postal delivery is not available.")
    DeliveryJson choose(@PathVariable long id, @RequestBody ChoiceBody body, CurrentUser user) {
        return DeliveryJson.of(choices.choose(user, id, new DeliveryChoices.Request(body.method(),
                new AddressInput("recipientName", body.recipientName(), body.phone(), body.street(),
                        body.communeCode()))), translations);
    }

    @PostMapping("/pickup")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Yêu cầu bưu điện đến nhận hồ sơ giấy tại nhà / ask the carrier to collect the paper"
            + " originals at home")
    DeliveryJson pickup(@PathVariable long id, @RequestBody PickupBody body, CurrentUser user) {
        return DeliveryJson.of(pickups.request(user, id, new AddressInput("name", body.name(), body.phone(),
                body.street(), body.communeCode())), translations);
    }
}
