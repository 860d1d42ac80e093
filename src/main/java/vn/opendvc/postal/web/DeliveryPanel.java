package vn.opendvc.postal.web;

import java.util.List;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import vn.opendvc.dossier.Dossier;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.postal.internal.DeliveryChoices;
import vn.opendvc.postal.internal.DeliveryView;
import vn.opendvc.postal.internal.PostalAddresses;

/**
 * The delivery section of the citizen's dossier page ({@code templates/postal/delivery.html}), which the dossier page
 * includes with the dossier it has loaded for its reader; the template calls {@code ${@postalDelivery.panel(d)}}.
 */
@Component("postalDelivery")
public class DeliveryPanel {

    private final DeliveryChoices choices;
    private final PostalAddresses addresses;

    DeliveryPanel(DeliveryChoices choices, PostalAddresses addresses) {
        this.choices = choices;
        this.addresses = addresses;
    }

    /**
     * @param applicant the reader is the dossier's applicant: the forms are theirs
     * @param shown     something to show: the choice can still be made, or parcels went
     */
    public record Panel(DeliveryView view, boolean applicant, boolean shown,
            List<PostalAddresses.Province> provinces) {
    }

    public Panel panel(Dossier d) {
        DeliveryView view = choices.view(d);
        boolean applicant = CurrentUser.from(SecurityContextHolder.getContext().getAuthentication())
                .map(user -> user.accountId() == d.applicantId()).orElse(false);
        boolean shown = view.changeable() || view.pickupAllowed() || !view.shipments().isEmpty()
                || view.choice() != null;
        return new Panel(view, applicant, shown, applicant ? addresses.provinces() : List.of());
    }
}
