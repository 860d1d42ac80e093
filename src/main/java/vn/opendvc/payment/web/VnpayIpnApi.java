package vn.opendvc.payment.web;

import java.util.Map;

import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.extensions.Extension;
import io.swagger.v3.oas.annotations.extensions.ExtensionProperty;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.opendvc.payment.internal.VnpayIpn;
import vn.opendvc.web.MalformedRequest;

/**
 * VNPay's IPN, apart from the rest of the payments API because it answers in VNPay's protocol and never with a
 * problem: the gateway reads only {@code RspCode}, so even a request whose parameters cannot be decoded is answered
 * {@code 99} with HTTP 200 (documented in the OpenAPI document as {@code x-malformed-request-answer}).
 */
@RestController
@RequestMapping("/api/v1/payments")
@Tag(name = "Thanh toán / Payments")
class VnpayIpnApi {

    private final VnpayIpn ipn;

    VnpayIpnApi(VnpayIpn ipn) {
        this.ipn = ipn;
    }

    @GetMapping("/vnpay/ipn")
    @Operation(summary = "IPN của VNPay (máy chủ tới máy chủ) / VNPay instant payment notification",
            description = "Trả lời theo giao thức VNPay (RspCode), kể cả khi yêu cầu hỏng: 99. "
                    + "Answers in VNPay's protocol (RspCode), a malformed request included: 99.",
            extensions = @Extension(properties = @ExtensionProperty(name = "x-malformed-request-answer",
                    value = "{\"RspCode\":\"99\"}", parseValue = true)))
    VnpayIpn.Answer vnpayIpn(@RequestParam Map<String, String> params) {
        return ipn.handle(params);
    }

    @ExceptionHandler(MalformedRequest.class)
    VnpayIpn.Answer malformed() {
        return VnpayIpn.Answer.MALFORMED;
    }
}
