package vn.opendvc.payment.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.annotation.Conditional;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import vn.opendvc.payment.internal.GatewaySimulator;
import vn.opendvc.payment.internal.PaymentMode;

/**
 * The built-in VNPay simulator's pages (demo only): the payment page the signed URL points to, where the payer
 * chooses success, failure or cancel and when the IPN is sent; and {@code querydr}.
 */
@Controller
@Conditional(PaymentMode.SimulatorOn.class)
class SimulatorPage {

    private final GatewaySimulator simulator;

    SimulatorPage(GatewaySimulator simulator) {
        this.simulator = simulator;
    }

    @GetMapping("/payments/simulator/pay")
    String pay(@RequestParam Map<String, String> params, Model model) {
        model.addAttribute("checkout", simulator.open(vnp(params)));
        model.addAttribute("choices", GatewaySimulator.Choice.values());
        model.addAttribute("deliveries", GatewaySimulator.IpnDelivery.values());
        return "payment/simulator";
    }

    @PostMapping("/payments/simulator/pay")
    String choose(@RequestParam MultiValueMap<String, String> form, Model model) {
        Map<String, String> params = vnp(form.toSingleValueMap());
        GatewaySimulator.Checkout checkout = simulator.open(params);
        GatewaySimulator.Choice choice = parse(GatewaySimulator.Choice.class, form.getFirst("choice"));
        GatewaySimulator.IpnDelivery delivery = parse(GatewaySimulator.IpnDelivery.class, form.getFirst("ipn"));
        if (checkout.problem() != null || choice == null || delivery == null) {
            model.addAttribute("checkout", checkout);
            model.addAttribute("choices", GatewaySimulator.Choice.values());
            model.addAttribute("deliveries", GatewaySimulator.IpnDelivery.values());
            return "payment/simulator";
        }
        return "redirect:" + simulator.complete(params, choice, delivery).redirectUrl();
    }

    @PostMapping(PaymentWebConfiguration.QUERYDR_PATH)
    @ResponseBody
    ResponseEntity<Map<String, String>> querydr(@RequestBody Map<String, Object> request) {
        Map<String, String> strings = new LinkedHashMap<>();
        request.forEach((k, v) -> strings.put(k, v == null ? null : String.valueOf(v)));
        return ResponseEntity.ok(simulator.querydr(strings));
    }

    private static Map<String, String> vnp(Map<String, String> params) {
        Map<String, String> vnp = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith("vnp_")) {
                vnp.put(k, v);
            }
        });
        return vnp;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
