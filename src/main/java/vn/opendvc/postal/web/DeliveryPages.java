package vn.opendvc.postal.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.opendvc.identity.CurrentUser;
import vn.opendvc.postal.internal.AddressInput;
import vn.opendvc.postal.internal.DeliveryChoices;
import vn.opendvc.postal.internal.PickupRequests;
import vn.opendvc.web.Problem;

/**
 * The forms of the delivery section of the citizen's dossier page: the choice of how the result comes back, and the
 * collection of the originals at home. Both go back to the dossier page with what happened, or what to correct.
 */
@Controller
@RequestMapping("/me/dossiers/{id}")
class DeliveryPages {

    private final DeliveryChoices choices;
    private final PickupRequests pickups;

    DeliveryPages(DeliveryChoices choices, PickupRequests pickups) {
        this.choices = choices;
        this.pickups = pickups;
    }

    @PostMapping("/delivery")
    String choose(@PathVariable long id, @RequestParam(required = false) String method,
            @RequestParam(required = false) String recipientName, @RequestParam(required = false) String phone,
            @RequestParam(required = false) String street, @RequestParam(required = false) String communeCode,
            CurrentUser user, RedirectAttributes redirect) {
        try {
            choices.choose(user, id, new DeliveryChoices.Request(method,
                    new AddressInput("recipientName", recipientName, phone, street, communeCode)));
            redirect.addFlashAttribute("message", "postal.delivery.saved");
        } catch (Problem problem) {
            failed(problem, redirect);
        }
        return back(id);
    }

    @PostMapping("/pickup")
    String pickup(@PathVariable long id, @RequestParam(required = false) String name,
            @RequestParam(required = false) String phone, @RequestParam(required = false) String street,
            @RequestParam(required = false) String communeCode, CurrentUser user, RedirectAttributes redirect) {
        try {
            pickups.request(user, id, new AddressInput("name", name, phone, street, communeCode));
            redirect.addFlashAttribute("message", "postal.pickup.requested");
        } catch (Problem problem) {
            failed(problem, redirect);
        }
        return back(id);
    }

    private static void failed(Problem problem, RedirectAttributes redirect) {
        redirect.addFlashAttribute("problem", problem.detailMessage());
        redirect.addFlashAttribute("fieldErrors", problem.fieldErrors());
    }

    private static String back(long id) {
        return "redirect:/me/dossiers/" + id + "#delivery";
    }
}
