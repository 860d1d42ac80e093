package vn.opendvc.connected.internal;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.opendvc.catalog.Composition;
import vn.opendvc.connected.ConnectedJourneyCompleted;
import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.DossierFacts;
import vn.opendvc.dossier.DossierStatus;
import vn.opendvc.dossier.DossierStatusChanged;

/**
 * Follows the member dossiers' status changes, after each change committed: a result issued (status 9) starts the
 * members that waited for it once all they need is there; a member refused (3), stopped (8) or withdrawn (7) stops
 * the members that depend on it, directly or not, with its reason. A second delivery of the same event changes
 * nothing: only a waiting member is started or stopped. When every member has its result, the journey is told
 * complete ({@link ConnectedJourneyCompleted}).
 */
@Component
class HandOffs {

    /** A member that ends in one of these gives no result: its dependants will never start. */
    static final Set<DossierStatus> WITHOUT_RESULT = EnumSet.of(DossierStatus.NOT_RECEIVED, DossierStatus.STOPPED,
            DossierStatus.WITHDRAWN);

    private final MemberStore members;
    private final DossierFacts facts;
    private final SubmittedCompositions compositions;
    private final MemberHandOff handOff;
    private final MemberStops stops;
    private final ApplicationEventPublisher events;

    HandOffs(MemberStore members, DossierFacts facts, SubmittedCompositions compositions, MemberHandOff handOff,
            MemberStops stops, ApplicationEventPublisher events) {
        this.events = events;
        this.members = members;
        this.facts = facts;
        this.compositions = compositions;
        this.handOff = handOff;
        this.stops = stops;
    }

    private boolean hasResult(MemberStore.Member member) {
        return facts.dossier(member.childId()).map(Dossier::status)
                .filter(s -> s == DossierStatus.DONE || s == DossierStatus.RESULT_RETURNED).isPresent();
    }

    /** Only a member's end concerns its dependants: the condition keeps every other change out of the registry. */
    @ApplicationModuleListener(condition = "#e.to() == T(vn.opendvc.dossier.DossierStatus).DONE or #e.to().isFinal()")
    void on(DossierStatusChanged e) {
        boolean result = e.to() == DossierStatus.DONE;
        if (!result && !WITHOUT_RESULT.contains(e.to())) {
            return;
        }
        members.byChild(e.dossierId()).ifPresent(member -> {
            Dossier parent = facts.dossier(member.parentId()).orElseThrow();
            Composition composition = compositions.of(parent).orElseThrow();
            if (result) {
                Map<String, MemberStore.Member> rows = MemberHandOff.byCode(members.ofParent(parent.id()));
                for (Composition.Member dependant : composition.dependants(member.memberCode())) {
                    handOff.startWhenReady(parent, composition, dependant, rows);
                }
                if (rows.values().stream().allMatch(this::hasResult)) {
                    events.publishEvent(new ConnectedJourneyCompleted(parent.id(), parent.code(), e.at()));
                }
            } else {
                stops.stopDependants(parent, composition, member);
            }
        });
    }
}
