package vn.opendvc.payment.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Constants and formats of the VNPay 2.1.0 merchant protocol shared by the adapter and the simulator. */
final class Vnpay {

    static final String NAME = "VNPAY";
    static final String VERSION = "2.1.0";
    /** {@code yyyyMMddHHmmss} in GMT+7, the protocol's only date format. */
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.ofHours(7));
    static final String SIMULATOR_PAY_PATH = "/payments/simulator/pay";
    static final String RETURN_PATH = "/payments/vnpay/return";
    static final String IPN_PATH = "/api/v1/payments/vnpay/ipn";

    /** Fields of the querydr request checksum, joined with {@code |}. */
    static final String[] QUERY_REQUEST_FIELDS = {"vnp_RequestId", "vnp_Version", "vnp_Command", "vnp_TmnCode",
            "vnp_TxnRef", "vnp_TransactionDate", "vnp_CreateDate", "vnp_IpAddr", "vnp_OrderInfo"};
    /** Fields of the querydr response checksum, joined with {@code |}. */
    static final String[] QUERY_RESPONSE_FIELDS = {"vnp_ResponseId", "vnp_Command", "vnp_ResponseCode", "vnp_Message",
            "vnp_TmnCode", "vnp_TxnRef", "vnp_Amount", "vnp_BankCode", "vnp_PayDate", "vnp_TransactionNo",
            "vnp_TransactionType", "vnp_TransactionStatus", "vnp_OrderInfo", "vnp_PromotionCode",
            "vnp_PromotionAmount"};

    private Vnpay() {
    }

    static String date(Instant instant) {
        return DATE.format(instant);
    }

    /** The pipe-joined checksum of a querydr request or response (a missing field counts as empty). */
    static String pipeChecksum(String secret, Map<String, String> fields, String[] names) {
        String data = Stream.of(names).map(n -> fields.getOrDefault(n, "") == null ? "" : fields.getOrDefault(n, ""))
                .collect(Collectors.joining("|"));
        return VnpaySignature.hmacSha512(secret, data);
    }

    /** {@code vnp_Amount} is the amount in VND × 100 (no decimal point); -1 when unreadable or not whole đồng. */
    static long amountVnd(String vnpAmount) {
        if (vnpAmount == null || !vnpAmount.matches("\\d{1,18}")) {
            return -1;
        }
        long hundredths = Long.parseLong(vnpAmount);
        return hundredths % 100 == 0 ? hundredths / 100 : -1;
    }
}
