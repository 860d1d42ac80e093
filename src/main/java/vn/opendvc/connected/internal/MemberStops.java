package vn.opendvc.connected.internal;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.opendvc.catalog.Composition;
import vn.opendvc.connected.MemberStopped;
import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.Dossiers;

/**
 * A member ended without a result (refused, stopped, withdrawn): every member that depends on it, directly or
 * through another, will not start; each keeps the reason the applicant was given, shown on the journey.
 */
@Component
class MemberStops {

    private final MemberStore members;
    private final Dossiers dossiers;
    private final ActingApplicant applicants;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MemberStops(MemberStore members, Dossiers dossiers, ActingApplicant applicants, ApplicationEventPublisher events,
            Clock clock) {
        this.members = members;
        this.dossiers = dossiers;
        this.applicants = applicants;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    void stopDependants(Dossier parent, Composition composition, MemberStore.Member ended) {
        Dossier cause = dossiers.find(applicants.of(parent), ended.childId()).orElseThrow();
        String reason = reason(cause);
        var rows = MemberHandOff.byCode(members.ofParent(parent.id()));
        Deque<String> next = new ArrayDeque<>(List.of(ended.memberCode()));
        while (!next.isEmpty()) {
            for (Composition.Member dependant : composition.dependants(next.pop())) {
                MemberStore.Member row = rows.get(dependant.code());
                if (row != null && members.stopped(row.childId(), reason)) {
                    events.publishEvent(new MemberStopped(parent.id(), parent.code(), row.childId(),
                            dependant.code(), cause.code(), reason, clock.instant()));
                    next.push(dependant.code());
                }
            }
        }
    }

    /** What the applicant was told when the member ended: the note of its last status change. */
    private static String reason(Dossier cause) {
        List<Dossier.HistoryEntry> history = cause.history();
        Dossier.HistoryEntry last = history.isEmpty() ? null : history.get(history.size() - 1);
        String note = last == null || last.note() == null || last.note().isBlank() ? "" : last.note().strip();
        return note.length() > 2000 ? note.substring(0, 2000) : note;
    }
}
