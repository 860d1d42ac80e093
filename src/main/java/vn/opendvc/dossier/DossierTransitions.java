package vn.opendvc.dossier;

import static vn.opendvc.dossier.DossierAction.*;
import static vn.opendvc.dossier.DossierStatus.*;
import static vn.opendvc.dossier.DossierTransitions.Party.*;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every allowed status change of a dossier in one table: from which status, by which action, to which status, and
 * who may do it. Anything not in this table is refused. Officer actions during processing are further limited to
 * the role of the dossier's current internal processing step (see {@code DossierSteps}).
 */
public final class DossierTransitions {

    /** Who acts: the applicant (or whoever registered the dossier for them), or an officer of the agency by role. */
    public enum Party { APPLICANT, RECEIVER, SPECIALIST, LEADER }

    /**
     * One row of the table.
     *
     * @param needsReception for {@code RESUBMIT}: whether the dossier had been received before the supplement request
     *                       ({@code null} when it does not matter)
     */
    public record Transition(DossierStatus from, DossierAction action, DossierStatus to, Set<Party> parties,
            Boolean needsReception) {
    }

    private static final Set<Party> OFFICERS_PROCESSING = Set.of(SPECIALIST, LEADER);
    private static final Set<Party> ANY_OFFICER = Set.of(RECEIVER, SPECIALIST, LEADER);

    public static final List<Transition> TABLE = List.of(
            t(DRAFT, SUBMIT, SUBMITTED, Set.of(APPLICANT)),
            t(SUBMITTED, RECEIVE, RECEIVED, Set.of(RECEIVER)),
            t(SUBMITTED, REQUEST_SUPPLEMENT, SUPPLEMENT_REQUESTED, Set.of(RECEIVER)),
            t(SUBMITTED, REFUSE, NOT_RECEIVED, Set.of(RECEIVER)),
            t(SUBMITTED, WITHDRAW, WITHDRAWN, Set.of(APPLICANT)),
            t(RECEIVED, FORWARD, PROCESSING, Set.of(RECEIVER)),
            t(RECEIVED, COMPLETE, DONE, Set.of(RECEIVER)),
            t(RECEIVED, STOP, STOPPED, Set.of(LEADER)),
            t(RECEIVED, APOLOGIZE, RECEIVED, ANY_OFFICER),
            t(RECEIVED, WITHDRAW, WITHDRAWN, Set.of(APPLICANT)),
            t(PROCESSING, FORWARD, PROCESSING, OFFICERS_PROCESSING),
            t(PROCESSING, RETURN, PROCESSING, OFFICERS_PROCESSING),
            t(PROCESSING, REQUEST_SUPPLEMENT, SUPPLEMENT_REQUESTED, OFFICERS_PROCESSING),
            t(PROCESSING, COMPLETE, DONE, OFFICERS_PROCESSING),
            t(PROCESSING, STOP, STOPPED, Set.of(LEADER)),
            t(PROCESSING, APOLOGIZE, PROCESSING, ANY_OFFICER),
            t(PROCESSING, WITHDRAW, WITHDRAWN, Set.of(APPLICANT)),
            new Transition(SUPPLEMENT_REQUESTED, RESUBMIT, SUBMITTED, Set.of(APPLICANT), false),
            new Transition(SUPPLEMENT_REQUESTED, RESUBMIT, PROCESSING, Set.of(APPLICANT), true),
            t(SUPPLEMENT_REQUESTED, WITHDRAW, WITHDRAWN, Set.of(APPLICANT)),
            t(PAYMENT_REQUIRED, WITHDRAW, WITHDRAWN, Set.of(APPLICANT)),
            t(DONE, DELIVER, RESULT_RETURNED, Set.of(RECEIVER)));

    private static Transition t(DossierStatus from, DossierAction action, DossierStatus to, Set<Party> parties) {
        return new Transition(from, action, to, parties, null);
    }

    /** The row that lets {@code party} do {@code action} now, if any. */
    public static Optional<Transition> find(DossierStatus from, DossierAction action, Party party, boolean received) {
        return TABLE.stream()
                .filter(t -> t.from() == from && t.action() == action && t.parties().contains(party))
                .filter(t -> t.needsReception() == null || t.needsReception() == received)
                .findFirst();
    }

    /** The actions {@code party} may take from {@code from}, for the buttons of a page. */
    public static List<DossierAction> actionsFor(DossierStatus from, Set<Party> parties) {
        return TABLE.stream().filter(t -> t.from() == from && t.parties().stream().anyMatch(parties::contains))
                .map(Transition::action).distinct().toList();
    }

    private DossierTransitions() {
    }
}
