package vn.opendvc.dossier.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.opendvc.dossier.Channel;
import vn.opendvc.dossier.DossierProblem;
import vn.opendvc.dossier.DossierStatus;
import vn.opendvc.dossier.DossierTransitions.Party;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.identity.Role;
import vn.opendvc.web.Message;

/**
 * Who may see a dossier and as which party they act: its applicant (or whoever registered it for them) and the
 * officers of its agency. A dossier someone may not see is "not found", so its existence is not revealed. The agent who
 * submitted an assisted dossier for a citizen sees it only for a while ({@code opendvc.dossier.agent-access}); the
 * dossier is the citizen's.
 */
@Component
class DossierAccess {

    private final DossierStore store;
    private final Clock clock;
    private final Duration agentAccess;

    DossierAccess(DossierStore store, Clock clock,
            @Value("${opendvc.dossier.agent-access:P30D}") Duration agentAccess) {
        this.store = store;
        this.clock = clock;
        this.agentAccess = agentAccess;
    }

    DossierStore.Row visible(CurrentUser by, long id) {
        return store.row(id).filter(row -> canSeeNow(by, row)).orElseThrow(() -> DossierProblem.notFound(id));
    }

    /** {@link #visible}, with the row locked for the rest of the transaction before anything is written. */
    DossierStore.Row visibleForUpdate(CurrentUser by, long id) {
        return store.rowForUpdate(id).filter(row -> canSeeNow(by, row))
                .orElseThrow(() -> DossierProblem.notFound(id));
    }

    /** {@link #canSee}, and for the agent of an assisted dossier only within the agent's time. */
    boolean canSeeNow(CurrentUser by, DossierStore.Row row) {
        return canSee(by, row) && !agentTimeOver(by, row);
    }

    private boolean agentTimeOver(CurrentUser by, DossierStore.Row row) {
        boolean onlyAsAgent = row.channel() == Channel.ASSISTED && row.createdBy() == by.accountId()
                && (row.applicantId() == null || row.applicantId() != by.accountId());
        return onlyAsAgent && !clock.instant().isBefore(row.createdAt().plus(agentAccess));
    }

    static boolean canSee(CurrentUser by, DossierStore.Row row) {
        return isApplicant(by, row) || (by.worksAt(row.agencyCode()) && row.status() != DossierStatus.DRAFT);
    }

    static boolean isApplicant(CurrentUser by, DossierStore.Row row) {
        return (row.applicantId() != null && row.applicantId() == by.accountId()) || row.createdBy() == by.accountId();
    }

    /**
     * Edits, attachments and payments are the applicant's alone, whatever the status.
     *
     * @param what {@code edit}, {@code attach} or {@code pay}: names the refusal
     */
    static void requireApplicant(CurrentUser by, DossierStore.Row row, String what) {
        if (!isApplicant(by, row)) {
            throw DossierProblem.illegalTransition(Message.of("dossier.refused.applicant-only." + what));
        }
    }

    static Set<Party> parties(CurrentUser by, DossierStore.Row row) {
        Set<Party> parties = EnumSet.noneOf(Party.class);
        if (isApplicant(by, row)) {
            parties.add(Party.APPLICANT);
        }
        if (by.worksAt(row.agencyCode())) {
            for (Party officer : List.of(Party.RECEIVER, Party.SPECIALIST, Party.LEADER)) {
                if (by.hasRole(Role.valueOf(officer.name()))) {
                    parties.add(officer);
                }
            }
        }
        return parties;
    }
}
