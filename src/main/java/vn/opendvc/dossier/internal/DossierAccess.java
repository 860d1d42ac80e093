package vn.opendvc.dossier.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.opendvc.dossier.DossierProblem;
import vn.opendvc.dossier.DossierStatus;
import vn.opendvc.dossier.DossierTransitions.Party;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.identity.Role;
import vn.opendvc.web.Message;

/**
 * Who may see a dossier and as which party they act: its applicant (or whoever registered it for them) and the
 * officers of its agency. A dossier someone may not see is "not found", so its existence is not revealed.
 */
@Component
class DossierAccess {

    private final DossierStore store;

    DossierAccess(DossierStore store) {
        this.store = store;
    }

    DossierStore.Row visible(CurrentUser by, long id) {
        return store.row(id).filter(row -> canSee(by, row)).orElseThrow(() -> DossierProblem.notFound(id));
    }

    /** {@link #visible}, with the row locked for the rest of the transaction before anything is written. */
    DossierStore.Row visibleForUpdate(CurrentUser by, long id) {
        return store.rowForUpdate(id).filter(row -> canSee(by, row)).orElseThrow(() -> DossierProblem.notFound(id));
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
