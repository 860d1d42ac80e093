package vn.opendvc.connected.internal;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.opendvc.catalog.Composition;
import vn.opendvc.catalog.ConnectedProcedures;
import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.DossierFacts;
import vn.opendvc.dossier.DossierStatus;
import vn.opendvc.dossier.DossierStatusChanged;

/**
 * Follows the member dossiers' status changes, after each change committed: a result issued (status 9) starts the
 * members that waited for it once all they need is there; a member refused (3), stopped (8) or withdrawn (7) stops
 * the members that depend on it, directly or not, with its reason. A second delivery of the same event changes
 * nothing: only a waiting member is started or stopped.
 */
@Component
class HandOffs {

    /** A member that ends in one of these gives no result: its dependants will never start. */
    static final Set<DossierStatus> WITHOUT_RESULT = EnumSet.of(DossierStatus.NOT_RECEIVED, DossierStatus.STOPPED,
            DossierStatus.WITHDRAWN);

    private final MemberStore members;
    private final DossierFacts facts;
    private final ConnectedProcedures connected;
    private final MemberHandOff handOff;
    private final MemberStops stops;

    HandOffs(MemberStore members, DossierFacts facts, ConnectedProcedures connected, MemberHandOff handOff,
            MemberStops stops) {
        this.members = members;
        this.facts = facts;
        this.connected = connected;
        this.handOff = handOff;
        this.stops = stops;
    }

    @ApplicationModuleListener
    void on(DossierStatusChanged e) {
        boolean result = e.to() == DossierStatus.DONE;
        if (!result && !WITHOUT_RESULT.contains(e.to())) {
            return;
        }
        members.byChild(e.dossierId()).ifPresent(member -> {
            Dossier parent = facts.dossier(member.parentId()).orElseThrow();
            Composition composition = connected.of(parent.procedureId()).orElseThrow();
            if (result) {
                Map<String, MemberStore.Member> rows = MemberHandOff.byCode(members.ofParent(parent.id()));
                for (Composition.Member dependant : composition.dependants(member.memberCode())) {
                    handOff.startWhenReady(parent, composition, dependant, rows);
                }
            } else {
                stops.stopDependants(parent, composition, member);
            }
        });
    }
}
