package vn.opendvc.payment.internal;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code opendvc.payment.*}; see application.yml for the documented defaults.
 *
 * @param expiry            how long the payer has at the gateway ({@code vnp_ExpireDate} = creation + expiry)
 * @param expiryGrace       how long after the expiry time an open payment is still waited for before it expires here
 * @param reconcileAfter    a payment pending longer than this is asked about at the gateway ({@code querydr})
 * @param exemptCategories  applicant categories that pay nothing: code → Vietnamese label
 */
@ConfigurationProperties("opendvc.payment")
public record PaymentProperties(
        @DefaultValue("PT15M") Duration expiry,
        @DefaultValue("PT5M") Duration expiryGrace,
        @DefaultValue("PT10M") Duration reconcileAfter,
        Map<String, String> exemptCategories,
        @DefaultValue Vnpay vnpay,
        @DefaultValue Simulator simulator) {

    public PaymentProperties {
        exemptCategories = exemptCategories == null ? Map.of() : new LinkedHashMap<>(exemptCategories);
    }

    /**
     * @param payUrl    the gateway's payment page; empty: the built-in simulator
     * @param apiUrl    the gateway's merchant API ({@code querydr}); empty: the built-in simulator, in process
     * @param returnUrl where the gateway sends the payer back; empty: {@code /payments/vnpay/return} on this host
     */
    public record Vnpay(@DefaultValue("") String tmnCode, @DefaultValue("") String hashSecret,
            @DefaultValue("") String payUrl, @DefaultValue("") String apiUrl, @DefaultValue("") String returnUrl,
            @DefaultValue("vn") String locale) {
    }

    /**
     * @param enabled       {@code true}/{@code false}; empty: on exactly in demo mode
     * @param ipnUrl        where the simulator sends IPNs; empty: this node's own IPN endpoint on the loopback address
     * @param lateIpnDelay  delay of the "late" IPN option
     */
    public record Simulator(@DefaultValue("") String enabled, @DefaultValue("") String ipnUrl,
            @DefaultValue("PT20S") Duration lateIpnDelay) {
    }
}
