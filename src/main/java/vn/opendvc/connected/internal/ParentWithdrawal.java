package vn.opendvc.connected.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.opendvc.connected.ConnectedWithdrawn;
import vn.opendvc.connected.MemberStopped;
import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.DossierAction;
import vn.opendvc.dossier.DossierFacts;
import vn.opendvc.dossier.DossierProblem;
import vn.opendvc.dossier.DossierStatus;
import vn.opendvc.dossier.DossierStatusChanged;
import vn.opendvc.dossier.Dossiers;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.web.Message;

/**
 * The applicant withdrew the connected procedure's dossier (its own withdrawal, a row of the one transition table):
 * each member still at its agency is withdrawn there, by the applicant and with their reason, through the same table;
 * each member still waiting for a result will not start ({@link MemberStopped}, with that reason). A member that has
 * its result keeps it. Runs inside the withdrawal's transaction: all of it or none — and a connected dossier whose
 * members have all ended has nothing left to withdraw, so its withdrawal is refused.
 */
@Component
class ParentWithdrawal {

    private final MemberStore members;
    private final Dossiers dossiers;
    private final DossierFacts facts;
    private final ActingApplicant applicants;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ParentWithdrawal(MemberStore members, Dossiers dossiers, DossierFacts facts, ActingApplicant applicants,
            ApplicationEventPublisher events, Clock clock) {
        this.members = members;
        this.dossiers = dossiers;
        this.facts = facts;
        this.applicants = applicants;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void on(DossierStatusChanged e) {
        if (e.action() != DossierAction.WITHDRAW || e.to() != DossierStatus.WITHDRAWN) {
            return;
        }
        List<MemberStore.Member> rows = members.ofParent(e.dossierId());
        if (rows.isEmpty()) {
            return; // an ordinary dossier, or a member withdrawn on its own
        }
        Dossier parent = facts.dossier(e.dossierId()).orElseThrow();
        String reason = reason(parent);
        CurrentUser applicant = applicants.of(parent);
        List<String> stopped = new ArrayList<>();
        for (MemberStore.Member row : rows) {
            if (members.stopped(row.childId(), reason)) {
                stopped.add(row.memberCode());
                events.publishEvent(new MemberStopped(parent.id(), parent.code(), row.childId(), row.memberCode(),
                        parent.code(), reason, e.at()));
            }
        }
        List<String> withdrawn = new ArrayList<>();
        for (MemberStore.Member row : rows) {
            Dossier member = dossiers.find(applicant, row.childId()).orElseThrow();
            if (member.status() != DossierStatus.DRAFT
                    && dossiers.actionsFor(applicant, member).contains(DossierAction.WITHDRAW)) {
                withdrawn.add(dossiers.act(applicant, member.id(),
                        Dossiers.ActionRequest.of(DossierAction.WITHDRAW, reason)).code());
            }
        }
        if (stopped.isEmpty() && withdrawn.isEmpty()) {
            throw DossierProblem.illegalTransition(Message.of("connected.refused.nothing-to-withdraw"));
        }
        events.publishEvent(new ConnectedWithdrawn(parent.id(), parent.code(), parent.applicantId(), reason,
                withdrawn, stopped, clock.instant()));
    }

    /** The note the applicant gave with the withdrawal, the last entry of the dossier's history. */
    private static String reason(Dossier parent) {
        List<Dossier.HistoryEntry> history = parent.history();
        String note = history.isEmpty() ? null : history.get(history.size() - 1).note();
        return note == null || note.isBlank() ? null : note.strip();
    }
}
