package vn.opendvc.postal.web;

import java.util.Optional;

import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.opendvc.postal.internal.PostalConfiguration;
import vn.opendvc.postal.internal.SimulatedTracking;
import vn.opendvc.postal.internal.TrackingUpdates;

/**
 * The demo's postal carrier: the orders it took, newest first, each moved on one state at a time ("advance") or sent
 * back ("return") through the same tracking handling as the carrier's callback. Any signed-in user may use it (the
 * security default for a page): it only exists in the demo, without a configured carrier.
 */
@Controller
@Conditional(PostalConfiguration.SimulatorOn.class)
class CarrierSimulatorPage {

    static final String PATH = "/demo/postal";

    private final SimulatedTracking simulator;

    CarrierSimulatorPage(SimulatedTracking simulator) {
        this.simulator = simulator;
    }

    @GetMapping(PATH)
    String page(Model model) {
        model.addAttribute("orders", simulator.orders());
        return "postal/simulator";
    }

    @PostMapping(PATH + "/{shipmentId}/advance")
    String advance(@PathVariable long shipmentId, RedirectAttributes redirect) {
        return done(simulator.advance(shipmentId), redirect);
    }

    @PostMapping(PATH + "/{shipmentId}/return")
    String returnToSender(@PathVariable long shipmentId, RedirectAttributes redirect) {
        return done(simulator.returnToSender(shipmentId), redirect);
    }

    private static String done(Optional<TrackingUpdates.Outcome> outcome, RedirectAttributes redirect) {
        redirect.addFlashAttribute("message", outcome.filter(o -> o == TrackingUpdates.Outcome.RECORDED)
                .map(o -> "postal.simulator.moved").orElse("postal.simulator.unchanged"));
        return "redirect:" + PATH;
    }
}
