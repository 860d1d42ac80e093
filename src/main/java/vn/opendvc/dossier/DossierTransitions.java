package vn.opendvc.dossier;

import static vn.opendvc.dossier.DossierAction.*;
import static vn.opendvc.dossier.DossierStatus.*;
import static vn.opendvc.dossier.DossierTransitions.Condition.*;
import static vn.opendvc.dossier.DossierTransitions.Effect.*;
import static vn.opendvc.dossier.DossierTransitions.Guard.*;
import static vn.opendvc.dossier.DossierTransitions.Input.*;
import static vn.opendvc.dossier.DossierTransitions.Party.*;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every allowed status change of a dossier in one table, and everything about it: from which status, by which
 * action, to which status, who may do it, which condition picks the row, which guards must hold, what the actor must
 * give, what the change does (its effects, in order), which letter the office issues and the event it publishes.
 * Anything not in this table is refused; what a user may do next ({@link #actionsFor}) is derived from the same rows
 * and guards as what they are allowed to do ({@link #decide}).
 */
public final class DossierTransitions {

    /**
     * Who acts: the applicant (or whoever registered the dossier for them), an officer of the agency by role, or the
     * system (a confirmed payment).
     */
    public enum Party { APPLICANT, RECEIVER, SPECIALIST, LEADER, SYSTEM }

    /** Picks one of several rows for the same status and action, from what happened to the dossier before. */
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

    /** Must hold for the actor to take a row; otherwise the action is refused with the guard's reason (409). */
    public enum Guard {
        /** The dossier is at an internal processing step of one of the actor's roles. */
        AT_ACTORS_STEP("dossier.refused.other-role-step"),
        /** A later processing step exists (forwarding from the last step would skip completing). */
        NOT_LAST_STEP("dossier.refused.last-step"),
        /** Every processing step but this one is done. */
        LAST_STEP("dossier.refused.steps-left"),
        /** A processing step before the current one exists (step 1 is the reception, not a processing step). */
        EARLIER_STEP("dossier.refused.no-earlier-step"),
        /** No apology was sent yet: one per dossier. */
        NOT_APOLOGIZED("dossier.refused.already-apologized"),
        /** At most a working day is left (or the date has passed) and at least half of the time has gone. */
        ABOUT_TO_BE_LATE("dossier.refused.not-about-to-be-late"),
        /** The paper result is not on its way by post (a parcel the carrier has not finished with). */
        NO_PARCEL_UNDER_WAY("dossier.refused.parcel-under-way");

        private final String refusal;

        Guard(String refusal) {
            this.refusal = refusal;
        }

        /** Message key of the reason given when the guard does not hold; arguments: the step's name and role. */
        public String refusal() {
            return refusal;
        }

        public boolean holds(Facts facts) {
            return switch (this) {
                case AT_ACTORS_STEP -> facts.atActorsStep();
                case NOT_LAST_STEP -> facts.currentStep() + 1 < facts.stepCount();
                case LAST_STEP -> facts.currentStep() + 1 == facts.stepCount();
                case EARLIER_STEP -> facts.currentStep() > 2;
                case NOT_APOLOGIZED -> !facts.apologized();
                case ABOUT_TO_BE_LATE -> facts.aboutToBeLate();
                case NO_PARCEL_UNDER_WAY -> !facts.parcelUnderWay();
            };
        }
    }

    /** What the actor must give with the action; checked after the guards, refused with field errors (400). */
    public enum Input {
        NONE,
        /** Everything missing or wrong, one item each (field {@code missing}). */
        MISSING_ITEMS,
        /** The reasons, as items or as a note. */
        REASONS,
        /** A note saying why (field {@code note}). */
        NOTE,
        /** The reason for the delay and a new promised date after the old one. */
        REASON_AND_LATER_DATE
    }

    /** What a row does besides changing the status, applied in the row's order. */
    public enum Effect {
        /** The dossier number of the day, the submission time and the fee quoted now. */
        NUMBER,
        /** Reception: the promised date from the working calendar, the processing steps planned with their dues. */
        START_DEADLINE,
        /** Processing time stops counting (a supplement or the fee awaited). */
        PAUSE,
        /** Processing time counts again: the waiting moves the promised date and the step dues. */
        RESUME,
        /** Ends any pause without moving dates (nothing will be due any more). */
        CLOSE_PAUSE,
        /** The current processing step is done. */
        COMPLETE_STEP,
        /** On to the next processing step. */
        NEXT_STEP,
        /** Back to the previous processing step, which is open again. */
        PREVIOUS_STEP,
        /** Processing ended (done, refused, stopped or withdrawn). */
        FINISH,
        /** The electronic result: signed by the agency, or the officer's upload of a signed one. */
        ISSUE_RESULT,
        /** The result was handed over. */
        DELIVER_RESULT,
        /** The apology's new promised date; the open steps share the time up to it. */
        NEW_PROMISED_DATE
    }

    /** The letter the office issues with a row, stored as a file of the dossier (a PDF). */
    public enum Letter {
        NONE(null, null),
        RECEIPT(DossierFile.Kind.RECEIPT, "giay-tiep-nhan"),
        SUPPLEMENT_REQUEST(DossierFile.Kind.SUPPLEMENT_REQUEST, "phieu-yeu-cau-bo-sung"),
        REFUSAL(DossierFile.Kind.REFUSAL, "phieu-tu-choi"),
        APOLOGY(DossierFile.Kind.APOLOGY, "phieu-xin-loi");

        private final DossierFile.Kind kind;
        private final String fileName;

        Letter(DossierFile.Kind kind, String fileName) {
            this.kind = kind;
            this.fileName = fileName;
        }

        public DossierFile.Kind kind() {
            return kind;
        }

        /** The stored file's name without extension. */
        public String fileName() {
            return fileName;
        }
    }

    /**
     * What conditions and guards look at, seen by one actor.
     *
     * @param atActorsStep whether the current processing step belongs to one of the actor's roles
     * @param currentStep  position (1-based) of the current step
     * @param stepCount    number of processing steps planned at reception (0 before)
     * @param parcelUnderWay the paper result travels by post ({@link ResultParcels})
     */
    public record Facts(boolean received, boolean feeUnpaid, boolean atActorsStep, int currentStep, int stepCount,
            boolean apologized, boolean aboutToBeLate, boolean parcelUnderWay) {

        /** Facts of a dossier before reception, or where only the conditions matter. */
        public static Facts of(boolean received, boolean feeUnpaid) {
            return new Facts(received, feeUnpaid, false, 1, 0, false, false, false);
        }
    }

    /** One row of the table. */
    public record Transition(DossierStatus from, DossierAction action, DossierStatus to, Set<Party> parties,
            Condition condition, List<Guard> guards, Input input, List<Effect> effects, Letter letter) {

        /** The guards of this row that do not hold, in the row's order. */
        public Optional<Guard> failingGuard(Facts facts) {
            return guards.stream().filter(g -> !g.holds(facts)).findFirst();
        }

        /**
         * The event this row publishes once applied: the change, with the dossier as it is after it and where its
         * documents came from ({@link DocumentOrigins}).
         */
        public DossierStatusChanged event(Dossier after, long actorId, Instant at) {
            DocumentOrigins origins = DocumentOrigins.of(after.channel(), after.files());
            return new DossierStatusChanged(after.id(), after.code(), after.procedureId(), after.agencyCode(),
                    after.channel(), from, to, action, actorId, at, after.dueAt(), origins.digitized(),
                    origins.reusedData(), after.currentStep());
        }
    }

    /** The outcome of asking the table: the row to apply, or why not. */
    public record Decision(Optional<Transition> transition, Optional<Guard> refusedBy) {

        public boolean allowed() {
            return transition.isPresent();
        }
    }

    private static final Set<Party> OFFICERS_PROCESSING = Set.of(SPECIALIST, LEADER);
    private static final Set<Party> ANY_OFFICER = Set.of(RECEIVER, SPECIALIST, LEADER);

    public static final List<Transition> TABLE = List.of(
            row(DRAFT, SUBMIT, SUBMITTED, Set.of(APPLICANT)).effects(NUMBER).build(),
            row(SUBMITTED, RECEIVE, RECEIVED, Set.of(RECEIVER)).when(FEE_SETTLED)
                    .effects(START_DEADLINE).letter(Letter.RECEIPT).build(),
            row(SUBMITTED, RECEIVE, PAYMENT_REQUIRED, Set.of(RECEIVER)).when(FEE_UNPAID)
                    .effects(START_DEADLINE, PAUSE).letter(Letter.RECEIPT).build(),
            row(SUBMITTED, REQUEST_SUPPLEMENT, SUPPLEMENT_REQUESTED, Set.of(RECEIVER))
                    .input(MISSING_ITEMS).letter(Letter.SUPPLEMENT_REQUEST).build(),
            row(SUBMITTED, REFUSE, NOT_RECEIVED, Set.of(RECEIVER)).input(REASONS).effects(FINISH)
                    .letter(Letter.REFUSAL).build(),
            row(SUBMITTED, WITHDRAW, WITHDRAWN, Set.of(APPLICANT)).effects(CLOSE_PAUSE, FINISH).build(),
            row(RECEIVED, FORWARD, PROCESSING, Set.of(RECEIVER)).guards(AT_ACTORS_STEP, NOT_LAST_STEP)
                    .effects(COMPLETE_STEP, NEXT_STEP).build(),
            row(RECEIVED, COMPLETE, DONE, Set.of(RECEIVER)).guards(AT_ACTORS_STEP, LAST_STEP)
                    .effects(COMPLETE_STEP, NEXT_STEP, FINISH, ISSUE_RESULT).build(),
            row(RECEIVED, STOP, STOPPED, Set.of(LEADER)).input(NOTE).effects(FINISH).build(),
            row(RECEIVED, APOLOGIZE, RECEIVED, ANY_OFFICER).guards(NOT_APOLOGIZED, ABOUT_TO_BE_LATE)
                    .input(REASON_AND_LATER_DATE).effects(NEW_PROMISED_DATE).letter(Letter.APOLOGY).build(),
            row(RECEIVED, WITHDRAW, WITHDRAWN, Set.of(APPLICANT)).effects(CLOSE_PAUSE, FINISH).build(),
            row(PROCESSING, FORWARD, PROCESSING, OFFICERS_PROCESSING).guards(AT_ACTORS_STEP, NOT_LAST_STEP)
                    .effects(COMPLETE_STEP, NEXT_STEP).build(),
            row(PROCESSING, RETURN, PROCESSING, OFFICERS_PROCESSING).guards(AT_ACTORS_STEP, EARLIER_STEP)
                    .effects(PREVIOUS_STEP).build(),
            row(PROCESSING, REQUEST_SUPPLEMENT, SUPPLEMENT_REQUESTED, OFFICERS_PROCESSING).guards(AT_ACTORS_STEP)
                    .input(MISSING_ITEMS).effects(PAUSE).letter(Letter.SUPPLEMENT_REQUEST).build(),
            row(PROCESSING, COMPLETE, DONE, OFFICERS_PROCESSING).guards(AT_ACTORS_STEP, LAST_STEP)
                    .effects(COMPLETE_STEP, NEXT_STEP, FINISH, ISSUE_RESULT).build(),
            row(PROCESSING, STOP, STOPPED, Set.of(LEADER)).input(NOTE).effects(FINISH).build(),
            row(PROCESSING, APOLOGIZE, PROCESSING, ANY_OFFICER).guards(NOT_APOLOGIZED, ABOUT_TO_BE_LATE)
                    .input(REASON_AND_LATER_DATE).effects(NEW_PROMISED_DATE).letter(Letter.APOLOGY).build(),
            row(PROCESSING, WITHDRAW, WITHDRAWN, Set.of(APPLICANT)).effects(CLOSE_PAUSE, FINISH).build(),
            row(SUPPLEMENT_REQUESTED, RESUBMIT, SUBMITTED, Set.of(APPLICANT)).when(NOT_RECEIVED_BEFORE).build(),
            row(SUPPLEMENT_REQUESTED, RESUBMIT, PROCESSING, Set.of(APPLICANT)).when(RECEIVED_BEFORE)
                    .effects(RESUME).build(),
            row(SUPPLEMENT_REQUESTED, WITHDRAW, WITHDRAWN, Set.of(APPLICANT)).effects(CLOSE_PAUSE, FINISH).build(),
            row(PAYMENT_REQUIRED, PAY, RECEIVED, Set.of(SYSTEM)).effects(RESUME).build(),
            row(PAYMENT_REQUIRED, WITHDRAW, WITHDRAWN, Set.of(APPLICANT)).effects(CLOSE_PAUSE, FINISH).build(),
            row(DONE, DELIVER, RESULT_RETURNED, Set.of(RECEIVER)).guards(AT_ACTORS_STEP, NO_PARCEL_UNDER_WAY)
                    .effects(COMPLETE_STEP, DELIVER_RESULT).build(),
            // the postal carrier confirmed it handed the result to the applicant (Dossiers.confirmPostalDelivery)
            row(DONE, DELIVER, RESULT_RETURNED, Set.of(SYSTEM)).effects(COMPLETE_STEP, DELIVER_RESULT).build());

    /**
     * Whether any of {@code parties} may take {@code action} now: the first row (by party, then table order) whose
     * condition and guards hold; otherwise, where a row exists but a guard fails, the first such guard.
     */
    public static Decision decide(DossierStatus from, DossierAction action, Set<Party> parties, Facts facts) {
        Guard refusedBy = null;
        for (Party party : Party.values()) {
            for (Transition t : TABLE) {
                if (!parties.contains(party) || t.from() != from || t.action() != action
                        || !t.parties().contains(party) || !t.condition().holds(facts)) {
                    continue;
                }
                Optional<Guard> failing = t.failingGuard(facts);
                if (failing.isEmpty()) {
                    return new Decision(Optional.of(t), Optional.empty());
                }
                refusedBy = refusedBy == null ? failing.get() : refusedBy;
            }
        }
        return new Decision(Optional.empty(), Optional.ofNullable(refusedBy));
    }

    /** The actions {@code parties} may take now, for the buttons of a page: exactly those {@link #decide} allows. */
    public static List<DossierAction> actionsFor(DossierStatus from, Set<Party> parties, Facts facts) {
        return TABLE.stream().filter(t -> t.from() == from).map(Transition::action).distinct()
                .filter(action -> decide(from, action, parties, facts).allowed()).toList();
    }

    private static RowBuilder row(DossierStatus from, DossierAction action, DossierStatus to, Set<Party> parties) {
        return new RowBuilder(from, action, to, parties);
    }

    /** Writes a row as it reads: {@code row(...).when(...).guards(...).input(...).effects(...).letter(...)}. */
    private static final class RowBuilder {
        private final DossierStatus from;
        private final DossierAction action;
        private final DossierStatus to;
        private final Set<Party> parties;
        private Condition condition = ALWAYS;
        private List<Guard> guards = List.of();
        private Input input = Input.NONE;
        private List<Effect> effects = List.of();
        private Letter letter = Letter.NONE;

        RowBuilder(DossierStatus from, DossierAction action, DossierStatus to, Set<Party> parties) {
            this.from = from;
            this.action = action;
            this.to = to;
            this.parties = parties;
        }

        RowBuilder when(Condition c) { condition = c; return this; }
        RowBuilder guards(Guard... g) { guards = List.of(g); return this; }
        RowBuilder input(Input i) { input = i; return this; }
        RowBuilder effects(Effect... e) { effects = List.of(e); return this; }
        RowBuilder letter(Letter l) { letter = l; return this; }

        Transition build() {
            return new Transition(from, action, to, parties, condition, guards, input, effects, letter);
        }
    }

    private DossierTransitions() {
    }
}
