package vn.opendvc.assistance.internal;

import java.util.Map;
import java.util.TreeMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import vn.opendvc.web.DemoMode;

/**
 * What an organisation of agents charges for helping a citizen submit: {@code opendvc.assistance.fees} maps the
 * agent's agency code to whole đồng (in YAML {@code "[DNG-TTPVHCC]": 15000}, so the key keeps its case and dash), and
 * {@code opendvc.assistance.default-fee} (0: free) is the fee of every other organisation. With nothing configured the
 * demo charges {@link #DEMO_FEE_VND} at the demo post office {@link #DEMO_ORGANISATION}, so the counter and the report
 * have something to show. Read once; a negative fee stops the start.
 */
@Component
class AgentFeeSchedule {

    static final String DEMO_ORGANISATION = "DNG-TTPVHCC";
    static final long DEMO_FEE_VND = 15_000;

    private final Map<String, Long> fees = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final long defaultFee;

    AgentFeeSchedule(Environment environment, @Value("${opendvc.assistance.default-fee:0}") long defaultFee) {
        Map<String, Long> configured = Binder.get(environment)
                .bind("opendvc.assistance.fees", Bindable.mapOf(String.class, Long.class)).orElse(Map.of());
        fees.putAll(configured.isEmpty() && DemoMode.on(environment)
                ? Map.of(DEMO_ORGANISATION, DEMO_FEE_VND) : configured);
        this.defaultFee = defaultFee;
        fees.forEach((organisation, fee) -> requireWhole(fee, "opendvc.assistance.fees." + organisation));
        requireWhole(defaultFee, "opendvc.assistance.default-fee");
    }

    /** The fee of the agent's organisation (its agency code), in đồng. */
    long feeOf(String organisation) {
        return organisation == null ? defaultFee
                : fees.getOrDefault(organisation.strip(), defaultFee);
    }

    private static void requireWhole(Long fee, String key) {
        if (fee == null || fee < 0) {
            throw new IllegalStateException(key + " must be a whole number of đồng, 0 or more; it is " + fee);
        }
    }
}
