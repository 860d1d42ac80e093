package vn.opendvc.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.ObjectProvider;

import vn.opendvc.payment.Payment;
import vn.opendvc.payment.PaymentPurpose;
import vn.opendvc.payment.PaymentGateway;
import vn.opendvc.payment.PaymentStatus;

/** The VNPay 2.1.0 signature against a vector computed once by hand (independently of this code). */
class VnpaySignatureTest {

    static final String SECRET = "OPENDVCDEMOSECRET0123456789ABCDEF";

    /** The sorted, URL-encoded parameters of the vector. */
    static final String HASH_DATA = "vnp_Amount=2500000&vnp_Command=pay&vnp_CreateDate=20261122140000"
            + "&vnp_CurrCode=VND&vnp_ExpireDate=20261122141500&vnp_IpAddr=203.113.1.10&vnp_Locale=vn"
            + "&vnp_OrderInfo=Nop+le+phi+ho+so+123&vnp_OrderType=other"
            + "&vnp_ReturnUrl=https%3A%2F%2Fdvc.example.vn%2Fpayments%2Fvnpay%2Freturn&vnp_TmnCode=OPENDVC1"
            + "&vnp_TxnRef=DVC0000000001&vnp_Version=2.1.0";
    /** HMAC-SHA512(SECRET, HASH_DATA), computed once with another tool. */
    static final String EXPECTED = "33761c0a657cdc5f480f70e35cf2ed05ed7c2d5f8b870ba928750764efefd927"
            + "9a6506b402b186e204fb4774d0144b6118251582e1af3ef2ffd433190622cee6";

    static Map<String, String> vector() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("vnp_Version", "2.1.0");
        p.put("vnp_Command", "pay");
        p.put("vnp_TmnCode", "OPENDVC1");
        p.put("vnp_Amount", "2500000");
        p.put("vnp_CurrCode", "VND");
        p.put("vnp_TxnRef", "DVC0000000001");
        p.put("vnp_OrderInfo", "Nop le phi ho so 123");
        p.put("vnp_OrderType", "other");
        p.put("vnp_Locale", "vn");
        p.put("vnp_ReturnUrl", "https://dvc.example.vn/payments/vnpay/return");
        p.put("vnp_IpAddr", "203.113.1.10");
        p.put("vnp_CreateDate", "20261122140000");
        p.put("vnp_ExpireDate", "20261122141500");
        return p;
    }

    @Test
    void theSignedTextIsTheSortedUrlEncodedParameters() {
        assertThat(VnpaySignature.hashData(vector())).isEqualTo(HASH_DATA);
    }

    @Test
    void theSignatureMatchesTheHandComputedVector() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA512");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
        String byJdk = HexFormat.of().formatHex(mac.doFinal(HASH_DATA.getBytes(StandardCharsets.UTF_8)));
        assertThat(byJdk).isEqualTo(EXPECTED);
        assertThat(VnpaySignature.sign(SECRET, vector())).isEqualTo(EXPECTED);
    }

    @Test
    void hashFieldsAndEmptyValuesAreNotSignedAndVerificationIsCaseInsensitive() {
        Map<String, String> p = vector();
        p.put("vnp_BankCode", "");
        p.put("vnp_SecureHashType", "HmacSHA512");
        p.put("vnp_SecureHash", EXPECTED.toUpperCase());
        assertThat(VnpaySignature.verify(SECRET, p)).isTrue();
        p.put("vnp_Amount", "2500100");
        assertThat(VnpaySignature.verify(SECRET, p)).as("a changed amount breaks the signature").isFalse();
        assertThat(VnpaySignature.verify("another secret", vector())).isFalse();
    }

    @Test
    void thePaymentUrlCarriesEveryParameterOfTheProtocolSigned() {
        PaymentProperties properties = new PaymentProperties(java.time.Duration.ofMinutes(15),
                java.time.Duration.ofMinutes(5), java.time.Duration.ofMinutes(10), Map.of(),
                new PaymentProperties.Vnpay("OPENDVC1", SECRET, "https://sandbox.example/vpcpay.html", "",
                        "https://dvc.example.vn/payments/vnpay/return", "vn"),
                new PaymentProperties.Simulator("false", "", java.time.Duration.ofSeconds(1)));
        @SuppressWarnings("unchecked")
        ObjectProvider<GatewaySimulator> none = Mockito.mock(ObjectProvider.class);
        VnpayGateway gateway = new VnpayGateway(new PaymentMode(true, properties), none, Clock.systemUTC());
        Instant created = Instant.parse("2026-11-22T07:00:00Z"); // 14:00 in GMT+7
        Payment payment = new Payment(1, "DVC0000000001", PaymentPurpose.DOSSIER_FEE, 123, 9, "DNG-HAICHAU", 25_000, "Nộp lệ phí hồ sơ 123",
                "VNPAY", PaymentStatus.PENDING, created, created.plusSeconds(900), null, null, null, 0);

        String url = gateway.redirectUrl(payment, "203.113.1.10");

        assertThat(url).isEqualTo("https://sandbox.example/vpcpay.html?" + HASH_DATA + "&vnp_SecureHash=" + EXPECTED);
        Map<String, String> back = new LinkedHashMap<>(vector());
        back.put("vnp_SecureHash", EXPECTED);
        PaymentGateway.Callback callback = gateway.verify(back);
        assertThat(callback.signatureValid()).isTrue();
        assertThat(callback.amountVnd()).as("vnp_Amount is VND x 100").isEqualTo(25_000);
    }

    @Test
    void orderInfoIsSentWithoutDiacritics() {
        assertThat(VnpaySignature.plainAscii("Nộp lệ phí Đăng ký khai sinh\n– hồ sơ DNG-261122-0001"))
                .isEqualTo("Nop le phi Dang ky khai sinh ho so DNG-261122-0001");
    }

    @Test
    void amountsMustBeWholeDong() {
        assertThat(Vnpay.amountVnd("2500000")).isEqualTo(25_000);
        assertThat(Vnpay.amountVnd("2500050")).isEqualTo(-1);
        assertThat(Vnpay.amountVnd("-100")).isEqualTo(-1);
        assertThat(Vnpay.amountVnd(null)).isEqualTo(-1);
    }
}
