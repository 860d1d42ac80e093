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
 * The delivery section of the citizen's and the officer's dossier pages ({@code templates/postal/delivery.html}),
 * which each page includes with the dossier it has loaded for its reader; the template calls
 * {@code ${@postalDelivery.panel(d)}}. The applicant gets the forms; an officer sees the choice and the parcels.
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
     * @param shown     something to show: the applicant can still choose, or a choice was made, or parcels went
     */
    public record Panel(DeliveryView view, boolean applicant, boolean shown,
            List<PostalAddresses.Province> provinces) {
    }

    public Panel panel(Dossier d) {
        DeliveryView view = choices.view(d);
        boolean applicant = CurrentUser.from(SecurityContextHolder.getContext().getAuthentication())
                .map(user -> user.accountId() == d.applicantId()).orElse(false);
        boolean shown = applicant && (view.changeable() || view.pickupAllowed()) || !view.shipments().isEmpty()
                || view.choice() != null;
        return new Panel(view, applicant, shown, applicant ? addresses.provinces() : List.of());
    }
}
