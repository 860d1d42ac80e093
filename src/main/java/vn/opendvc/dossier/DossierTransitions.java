package vn.opendvc.dossier;

import static vn.opendvc.dossier.DossierAction.*;
import static vn.opendvc.dossier.DossierStatus.*;
import static vn.opendvc.dossier.DossierTransitions.Condition.*;
import static vn.opendvc.dossier.DossierTransitions.Party.*;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every allowed status change of a dossier in one table: from which status, by which action, to which status, who
 * may do it and under which condition. Anything not in this table is refused. Officer actions during processing are
 * further limited to the role of the dossier's current internal processing step.
 */
public final class DossierTransitions {

    /**
     * Who acts: the applicant (or whoever registered the dossier for them), an officer of the agency by role, or the
     * system (a confirmed payment).
     */
    public enum Party { APPLICANT, RECEIVER, SPECIALIST, LEADER, SYSTEM }

    /** When a row applies, for actions whose outcome depends on the dossier. */
    public enum Condition {
        ALWAYS,
        /** The dossier had been received before (a supplement during processing). */
        RECEIVED_BEFORE,
        /** Not received yet (a supplement requested at the counter). */
        NOT_RECEIVED_BEFORE,
        /** The procedure has a fee that is not paid yet: the dossier waits in status 6. */
        FEE_UNPAID,
        /** No fee, or already paid (for instance right after submission): status 6 is skipped. */
        FEE_SETTLED;

        public boolean holds(Facts facts) {
            return switch (this) {
                case ALWAYS -> true;
                case RECEIVED_BEFORE -> facts.received();
                case NOT_RECEIVED_BEFORE -> !facts.received();
                case FEE_UNPAID -> facts.feeUnpaid();
                case FEE_SETTLED -> !facts.feeUnpaid();
            };
        }
    }

    /** What the conditions look at. */
    public record Facts(boolean received, boolean feeUnpaid) {
    }

    /** One row of the table. */
    public record Transition(DossierStatus from, DossierAction action, DossierStatus to, Set<Party> parties,
            Condition condition) {
    }

    private static final Set<Party> OFFICERS_PROCESSING = Set.of(SPECIALIST, LEADER);
    private static final Set<Party> ANY_OFFICER = Set.of(RECEIVER, SPECIALIST, LEADER);

    public static final List<Transition> TABLE = List.of(
            t(DRAFT, SUBMIT, SUBMITTED, Set.of(APPLICANT)),
            new Transition(SUBMITTED, RECEIVE, RECEIVED, Set.of(RECEIVER), FEE_SETTLED),
            new Transition(SUBMITTED, RECEIVE, PAYMENT_REQUIRED, Set.of(RECEIVER), FEE_UNPAID),
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
            new Transition(SUPPLEMENT_REQUESTED, RESUBMIT, SUBMITTED, Set.of(APPLICANT), NOT_RECEIVED_BEFORE),
            new Transition(SUPPLEMENT_REQUESTED, RESUBMIT, PROCESSING, Set.of(APPLICANT), RECEIVED_BEFORE),
            t(SUPPLEMENT_REQUESTED, WITHDRAW, WITHDRAWN, Set.of(APPLICANT)),
            t(PAYMENT_REQUIRED, PAY, RECEIVED, Set.of(SYSTEM)),
            t(PAYMENT_REQUIRED, WITHDRAW, WITHDRAWN, Set.of(APPLICANT)),
            t(DONE, DELIVER, RESULT_RETURNED, Set.of(RECEIVER)));

    private static Transition t(DossierStatus from, DossierAction action, DossierStatus to, Set<Party> parties) {
        return new Transition(from, action, to, parties, ALWAYS);
    }

    /** The row that lets {@code party} do {@code action} now, if any. */
    public static Optional<Transition> find(DossierStatus from, DossierAction action, Party party, Facts facts) {
        return TABLE.stream()
                .filter(t -> t.from() == from && t.action() == action && t.parties().contains(party))
                .filter(t -> t.condition().holds(facts))
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
