package vn.opendvc.feedback;

import static vn.opendvc.feedback.FeedbackAction.*;
import static vn.opendvc.feedback.FeedbackStatus.*;
import static vn.opendvc.feedback.FeedbackTransitions.Effect.*;
import static vn.opendvc.feedback.FeedbackTransitions.Guard.*;
import static vn.opendvc.feedback.FeedbackTransitions.Input.*;
import static vn.opendvc.feedback.FeedbackTransitions.Party.*;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every allowed status change of a feedback in one table: from which status (none for a new one), by which action, to
 * which status, who may do it, which guards must hold, what the actor must give, what the change does (its effects,
 * in order); every row publishes {@link FeedbackChanged}. Anything not in the table is refused; what a user may do
 * next ({@link #actionsFor}) is derived from the same rows and guards as what they may do ({@link #decide}).
 */
public final class FeedbackTransitions {

    /** Who acts: the author (signed in, or holding the tracking token), an officer of the handling agency, the system. */
    public enum Party { AUTHOR, RECEIVER, SPECIALIST, LEADER, SYSTEM }

    /** Must hold for the actor to take a row; otherwise the action is refused with the guard's reason (409). */
    public enum Guard {
        /** A specialist drafts only a feedback assigned to them. */
        ASSIGNED_TO_ACTOR("feedback.refused.not-assignee"),
        NOT_PUBLISHED("feedback.refused.already-published"),
        NOT_RATED("feedback.refused.already-rated"),
        /** Reopened at most once. */
        NOT_REOPENED("feedback.refused.already-reopened"),
        /** Within the reopening period (15 days) after the answer. */
        WITHIN_REOPEN_PERIOD("feedback.refused.reopen-period-over");

        private final String refusal;

        Guard(String refusal) {
            this.refusal = refusal;
        }

        /** Message key of the reason given when the guard does not hold. */
        public String refusal() {
            return refusal;
        }

        public boolean holds(Facts facts) {
            return switch (this) {
                case ASSIGNED_TO_ACTOR -> facts.actorIsAssignee();
                case NOT_PUBLISHED -> !facts.published();
                case NOT_RATED -> !facts.rated();
                case NOT_REOPENED -> !facts.reopened();
                case WITHIN_REOPEN_PERIOD -> facts.withinReopenPeriod();
            };
        }
    }

    /** What the actor must give with the action (refused with field errors, 400, when missing). */
    public enum Input {
        NONE,
        /** The receiving agency's own content: kind, text, contact, location, attachments. */
        CONTENT,
        /** The competent agency (field {@code agencyCode}) and why (field {@code note}). */
        AGENCY_AND_NOTE,
        /** The officer of the agency (field {@code officerId}). */
        OFFICER,
        /** The answer's text (field {@code answer}). */
        ANSWER,
        /** Why (field {@code note}). */
        NOTE,
        /** The feedback this one duplicates (field {@code targetId}), of the same agency and not merged itself. */
        TARGET,
        /** Satisfied or not (field {@code satisfied}). */
        RATING
    }

    /** What a row does besides changing the status, applied in the row's order. */
    public enum Effect {
        /** The receipt code, the tracking token of an anonymous author, the submission time. */
        NUMBER,
        /** The acceptance deadline: 5 working days from receipt (or from the transfer) at the receiving agency. */
        START_ACCEPT_DEADLINE,
        /** The feedback moves to the competent agency; the transfer is recorded, late when after the deadline. */
        MOVE_TO_AGENCY,
        /** The answer deadline: the kind's working days from now. */
        START_ANSWER_DEADLINE,
        SET_ASSIGNEE,
        SAVE_DRAFT,
        /** The approved draft becomes the answer; answered on time or not against the answer deadline. */
        ISSUE_ANSWER,
        /** The duplicates merged into this one are answered the same. */
        ANSWER_DUPLICATES,
        LINK_TO_TARGET,
        /** A merged duplicate takes its target's answer. */
        COPY_TARGET_ANSWER,
        MAKE_PUBLIC,
        RECORD_RATING,
        /** Reopened: the answer is kept in the history, a new answer deadline runs from now. */
        REOPEN_ANSWER
    }

    /**
     * What guards look at, seen by one actor.
     *
     * @param withinReopenPeriod the answer is at most 15 days old
     */
    public record Facts(boolean actorIsAssignee, boolean published, boolean rated, boolean reopened,
            boolean withinReopenPeriod) {

        public static final Facts NONE = new Facts(false, false, false, false, false);
    }

    /**
     * One row of the table.
     *
     * @param from {@code null} for the submission of a new feedback
     */
    public record Transition(FeedbackStatus from, FeedbackAction action, FeedbackStatus to, Set<Party> parties,
            List<Guard> guards, Input input, List<Effect> effects) {

        /** The first guard of this row that does not hold. */
        public Optional<Guard> failingGuard(Facts facts) {
            return guards.stream().filter(g -> !g.holds(facts)).findFirst();
        }
    }

    /** The outcome of asking the table: the row to apply, or why not. */
    public record Decision(Optional<Transition> transition, Optional<Guard> refusedBy) {

        public boolean allowed() {
            return transition.isPresent();
        }
    }

    private static final Set<Party> DESK = Set.of(RECEIVER, LEADER);

    public static final List<Transition> TABLE = List.of(
            row(null, SUBMIT, RECEIVED, Set.of(AUTHOR)).input(CONTENT).effects(NUMBER, START_ACCEPT_DEADLINE),
            row(RECEIVED, ACCEPT, ACCEPTED, DESK).effects(START_ANSWER_DEADLINE),
            row(RECEIVED, TRANSFER, RECEIVED, DESK).input(AGENCY_AND_NOTE)
                    .effects(MOVE_TO_AGENCY, START_ACCEPT_DEADLINE),
            row(RECEIVED, MERGE, MERGED, DESK).input(TARGET).effects(LINK_TO_TARGET),
            row(ACCEPTED, ASSIGN, ASSIGNED, Set.of(LEADER)).input(OFFICER).effects(SET_ASSIGNEE),
            row(ACCEPTED, MERGE, MERGED, DESK).input(TARGET).effects(LINK_TO_TARGET),
            row(ASSIGNED, ASSIGN, ASSIGNED, Set.of(LEADER)).input(OFFICER).effects(SET_ASSIGNEE),
            row(ASSIGNED, DRAFT, DRAFTED, Set.of(SPECIALIST)).guards(ASSIGNED_TO_ACTOR).input(ANSWER)
                    .effects(SAVE_DRAFT),
            row(ASSIGNED, DRAFT, DRAFTED, Set.of(LEADER)).input(ANSWER).effects(SAVE_DRAFT),
            row(ASSIGNED, MERGE, MERGED, DESK).input(TARGET).effects(LINK_TO_TARGET),
            row(DRAFTED, DRAFT, DRAFTED, Set.of(SPECIALIST)).guards(ASSIGNED_TO_ACTOR).input(ANSWER)
                    .effects(SAVE_DRAFT),
            row(DRAFTED, RETURN, ASSIGNED, Set.of(LEADER)).input(NOTE).effects(),
            row(DRAFTED, APPROVE, ANSWERED, Set.of(LEADER)).effects(ISSUE_ANSWER, ANSWER_DUPLICATES),
            // a duplicate's own duplicates (merged into it before it was merged) get the answer too
            row(MERGED, ANSWER_WITH_TARGET, ANSWERED, Set.of(SYSTEM)).effects(COPY_TARGET_ANSWER, ANSWER_DUPLICATES),
            row(ANSWERED, PUBLISH, ANSWERED, Set.of(AUTHOR)).guards(NOT_PUBLISHED).effects(MAKE_PUBLIC),
            row(ANSWERED, RATE, ANSWERED, Set.of(AUTHOR)).guards(NOT_RATED).input(RATING).effects(RECORD_RATING),
            row(ANSWERED, REOPEN, ASSIGNED, Set.of(AUTHOR)).guards(NOT_REOPENED, WITHIN_REOPEN_PERIOD).input(NOTE)
                    .effects(REOPEN_ANSWER));

    /**
     * Whether any of {@code parties} may take {@code action} now: the first row (in table order) whose parties
     * include one of them and whose guards hold; otherwise the first failing guard of a matching row.
     */
    public static Decision decide(FeedbackStatus from, FeedbackAction action, Set<Party> parties, Facts facts) {
        Guard refusedBy = null;
        for (Transition t : TABLE) {
            if (t.from() != from || t.action() != action || t.parties().stream().noneMatch(parties::contains)) {
                continue;
            }
            Optional<Guard> failing = t.failingGuard(facts);
            if (failing.isEmpty()) {
                return new Decision(Optional.of(t), Optional.empty());
            }
            refusedBy = refusedBy == null ? failing.get() : refusedBy;
        }
        return new Decision(Optional.empty(), Optional.ofNullable(refusedBy));
    }

    /** The actions {@code parties} may take now: exactly those {@link #decide} allows. */
    public static List<FeedbackAction> actionsFor(FeedbackStatus from, Set<Party> parties, Facts facts) {
        return TABLE.stream().filter(t -> t.from() == from).map(Transition::action).distinct()
                .filter(action -> decide(from, action, parties, facts).allowed()).toList();
    }

    private static RowBuilder row(FeedbackStatus from, FeedbackAction action, FeedbackStatus to, Set<Party> parties) {
        return new RowBuilder(from, action, to, parties);
    }

    /** Writes a row as it reads: {@code row(...).guards(...).input(...).effects(...)}. */
    private static final class RowBuilder {
        private final FeedbackStatus from;
        private final FeedbackAction action;
        private final FeedbackStatus to;
        private final Set<Party> parties;
        private List<Guard> guards = List.of();
        private Input input = Input.NONE;

        RowBuilder(FeedbackStatus from, FeedbackAction action, FeedbackStatus to, Set<Party> parties) {
            this.from = from;
            this.action = action;
            this.to = to;
            this.parties = parties;
        }

        RowBuilder guards(Guard... g) { guards = List.of(g); return this; }
        RowBuilder input(Input i) { input = i; return this; }
        Transition effects(Effect... e) { return new Transition(from, action, to, parties, guards, input, List.of(e)); }
    }

    private FeedbackTransitions() {
    }
}
