package vn.opendvc.connected.web;

import java.util.List;
import java.util.Objects;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import vn.opendvc.connected.internal.Journey;
import vn.opendvc.connected.internal.Journeys;
import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.DossierStatus;
import vn.opendvc.dossier.Dossiers;
import vn.opendvc.identity.CurrentUser;

/**
 * The connected-procedure section of the citizen's dossier page ({@code templates/connected/journey.html}): on the
 * connected procedure's dossier, every member with its agency, status and dates, the overall date, the hand-offs
 * and the one supplement form; on a member dossier, the way back to the whole journey. The template calls
 * {@code ${@connectedJourney.panel(d)}} with the dossier the page loaded for its reader.
 */
@Component("connectedJourney")
public class JourneyPanel {

    private final Journeys journeys;
    private final Dossiers dossiers;

    JourneyPanel(Journeys journeys, Dossiers dossiers) {
        this.journeys = journeys;
        this.dossiers = dossiers;
    }

    /**
     * @param journey            the journey, on a connected procedure's dossier
     * @param parent             the connected procedure's dossier, on a member dossier
     * @param supplementDocuments documents the members waiting for a supplement can take, for the one answer
     */
    public record Panel(Journey journey, Dossier parent, List<String> supplementDocuments) {
    }

    public Panel panel(Dossier d) {
        CurrentUser user = CurrentUser.from(SecurityContextHolder.getContext().getAuthentication()).orElse(null);
        if (user == null) {
            return new Panel(null, null, List.of());
        }
        if (d.parentId() != null) {
            return new Panel(null, dossiers.find(user, d.parentId()).orElse(null), List.of());
        }
        Journey journey = d.children().isEmpty() ? null : journeys.of(user, d.id()).orElse(null);
        List<String> documents = journey == null ? List.of() : journey.members().stream()
                .filter(m -> m.status() == DossierStatus.SUPPLEMENT_REQUESTED)
                .flatMap(m -> journeys.documents(m.procedureCode()).stream()).filter(Objects::nonNull).distinct()
                .toList();
        return new Panel(journey, null, documents);
    }
}
