package vn.opendvc.payment.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import vn.opendvc.payment.Payment;
import vn.opendvc.payment.PaymentGateway;
import vn.opendvc.payment.PaymentRefused;

/**
 * The VNPay 2.1.0 adapter: the signed payment URL ({@code vnp_Command=pay}), verification of the IPN and return
 * parameters, and {@code querydr} over the merchant API (JSON POST, pipe-joined checksums both ways). With an empty
 * pay URL and API URL the built-in simulator stands in for VNPay.
 */
@Component
class VnpayGateway implements PaymentGateway {

    private static final Logger log = LoggerFactory.getLogger(VnpayGateway.class);

    private final PaymentProperties.Vnpay config;
    private final PaymentMode mode;
    private final ObjectProvider<GatewaySimulator> simulator;
    private final RestClient rest;
    private final Clock clock;

    VnpayGateway(PaymentMode mode, ObjectProvider<GatewaySimulator> simulator, Clock clock) {
        this.config = mode.merchant();
        this.mode = mode;
        this.simulator = simulator;
        this.rest = RestClient.create();
        this.clock = clock;
    }

    @Override
    public String name() {
        return Vnpay.NAME;
    }

    @Override
    public String redirectUrl(Payment payment, String clientIp) {
        if (!mode.gateway()) {
            throw PaymentRefused.gatewayUnavailable();
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("vnp_Version", Vnpay.VERSION);
        params.put("vnp_Command", "pay");
        params.put("vnp_TmnCode", config.tmnCode());
        params.put("vnp_Amount", Long.toString(Math.multiplyExact(payment.amountVnd(), 100L)));
        params.put("vnp_CurrCode", "VND");
        params.put("vnp_TxnRef", payment.txnRef());
        params.put("vnp_OrderInfo", VnpaySignature.plainAscii(payment.orderInfo()));
        params.put("vnp_OrderType", "other");
        params.put("vnp_Locale", config.locale());
        params.put("vnp_ReturnUrl", returnUrl());
        params.put("vnp_IpAddr", clientIp);
        params.put("vnp_CreateDate", Vnpay.date(payment.createdAt()));
        params.put("vnp_ExpireDate", Vnpay.date(payment.expiresAt()));
        String query = VnpaySignature.hashData(params);
        String hash = VnpaySignature.hmacSha512(config.hashSecret(), query);
        return payUrl() + "?" + query + "&" + VnpaySignature.SECURE_HASH + "=" + hash;
    }

    String payUrl() {
        return config.payUrl().isBlank() && mode.simulator() ? Vnpay.SIMULATOR_PAY_PATH : config.payUrl();
    }

    String returnUrl() {
        return config.returnUrl().isBlank() ? Vnpay.RETURN_PATH : config.returnUrl();
    }

    @Override
    public Callback verify(Map<String, String> params) {
        // without a gateway nothing can be signed by it: every callback is forged
        boolean valid = mode.gateway() && VnpaySignature.verify(config.hashSecret(), params)
                && config.tmnCode().equals(params.get("vnp_TmnCode"));
        String responseCode = params.get("vnp_ResponseCode");
        boolean paid = "00".equals(responseCode) && "00".equals(params.get("vnp_TransactionStatus"));
        return new Callback(valid, params.get("vnp_TxnRef"), Vnpay.amountVnd(params.get("vnp_Amount")), paid,
                responseCode, params.get("vnp_TransactionNo"), params.get("vnp_BankCode"));
    }

    @Override
    public QueryResult query(Payment payment) {
        if (!mode.gateway()) {
            return QueryResult.error("Chưa cấu hình cổng thanh toán");
        }
        Map<String, String> request = new LinkedHashMap<>();
        request.put("vnp_RequestId", UUID.randomUUID().toString().replace("-", "").substring(0, 32));
        request.put("vnp_Version", Vnpay.VERSION);
        request.put("vnp_Command", "querydr");
        request.put("vnp_TmnCode", config.tmnCode());
        request.put("vnp_TxnRef", payment.txnRef());
        request.put("vnp_OrderInfo", VnpaySignature.plainAscii("Doi soat giao dich " + payment.txnRef()));
        request.put("vnp_TransactionDate", Vnpay.date(payment.createdAt()));
        request.put("vnp_CreateDate", Vnpay.date(clock.instant()));
        request.put("vnp_IpAddr", "127.0.0.1");
        request.put("vnp_SecureHash", Vnpay.pipeChecksum(config.hashSecret(), request, Vnpay.QUERY_REQUEST_FIELDS));
        Map<String, String> response;
        try {
            response = call(request);
        } catch (RestClientException | IllegalStateException e) {
            log.warn("querydr for {} failed: {}", payment.txnRef(), e.getMessage());
            return QueryResult.error("Không gọi được cổng thanh toán: " + e.getMessage());
        }
        return read(payment.txnRef(), response);
    }

    private Map<String, String> call(Map<String, String> request) {
        if (config.apiUrl().isBlank()) {
            GatewaySimulator local = simulator.getIfAvailable();
            if (local == null) {
                throw new IllegalStateException("no VNPay API URL configured and no simulator running");
            }
            return local.querydr(request);
        }
        Map<String, Object> body = rest.post().uri(config.apiUrl()).contentType(MediaType.APPLICATION_JSON)
                .body(request).retrieve().body(new ParameterizedTypeReference<Map<String, Object>>() {
                });
        Map<String, String> strings = new LinkedHashMap<>();
        if (body != null) {
            body.forEach((k, v) -> strings.put(k, v == null ? null : String.valueOf(v)));
        }
        return strings;
    }

    QueryResult read(String txnRef, Map<String, String> response) {
        String given = response.get("vnp_SecureHash");
        String expected = Vnpay.pipeChecksum(config.hashSecret(), response, Vnpay.QUERY_RESPONSE_FIELDS);
        if (given == null || !expected.equalsIgnoreCase(given)) {
            return QueryResult.error("Chữ ký phản hồi querydr không hợp lệ");
        }
        if (!txnRef.equals(response.get("vnp_TxnRef")) && "00".equals(response.get("vnp_ResponseCode"))) {
            return QueryResult.error("Phản hồi querydr cho giao dịch khác: " + response.get("vnp_TxnRef"));
        }
        String code = response.get("vnp_ResponseCode");
        String message = response.get("vnp_Message");
        if ("91".equals(code)) {
            return new QueryResult(Outcome.NOT_FOUND, -1, code, null, null, message);
        }
        if (!"00".equals(code)) {
            return new QueryResult(Outcome.ERROR, -1, code, null, null, message);
        }
        String status = response.get("vnp_TransactionStatus");
        Outcome outcome = switch (status == null ? "" : status) {
            case "00" -> Outcome.PAID;
            case "02" -> Outcome.FAILED;
            // 01 not finished; 04 reversed, 05/06 refund under way, 07 suspected fraud, 09 refund refused:
            // nothing to settle automatically
            default -> Outcome.PENDING;
        };
        return new QueryResult(outcome, Vnpay.amountVnd(response.get("vnp_Amount")), status,
                response.get("vnp_TransactionNo"), response.get("vnp_BankCode"), message);
    }
}
