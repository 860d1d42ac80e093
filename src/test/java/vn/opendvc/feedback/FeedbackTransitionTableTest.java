package vn.opendvc.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.opendvc.feedback.FeedbackTransitions.TABLE;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.opendvc.feedback.FeedbackTransitions.Decision;
import vn.opendvc.feedback.FeedbackTransitions.Effect;
import vn.opendvc.feedback.FeedbackTransitions.Facts;
import vn.opendvc.feedback.FeedbackTransitions.Guard;
import vn.opendvc.feedback.FeedbackTransitions.Input;
import vn.opendvc.feedback.FeedbackTransitions.Party;
import vn.opendvc.feedback.FeedbackTransitions.Transition;

/** The feedback's transition table on its own, without Spring: the graph, who may act, the guards, the effects. */
class FeedbackTransitionTableTest {

    /** Answered a few days ago, not published, not rated, never reopened. */
    static final Facts FRESH_ANSWER = new Facts(false, false, false, false, true);

    @Test
    void everyStatusIsReachableFromTheSubmission() {
        Set<FeedbackStatus> reached = EnumSet.noneOf(FeedbackStatus.class);
        TABLE.stream().filter(t -> t.from() == null).map(Transition::to).forEach(reached::add);
        Deque<FeedbackStatus> next = new ArrayDeque<>(reached);
        while (!next.isEmpty()) {
            FeedbackStatus from = next.pop();
            TABLE.stream().filter(t -> t.from() == from).map(Transition::to).filter(reached::add).forEach(next::push);
        }
        assertThat(reached).containsExactlyInAnyOrder(FeedbackStatus.values());
    }

    @Test
    void everyStatusButTheAnswerLeadsOnAndTheAnswerOnlyByAReopening() {
        for (FeedbackStatus status : FeedbackStatus.values()) {
            assertThat(TABLE.stream().anyMatch(t -> t.from() == status && t.to() != status)).as("%s can be left", status)
                    .isTrue();
        }
        assertThat(TABLE.stream().filter(t -> t.from() == FeedbackStatus.ANSWERED && t.to() != FeedbackStatus.ANSWERED)
                .map(Transition::action)).containsExactly(FeedbackAction.REOPEN);
    }

    @Test
    void oneRowPerStatusActionAndParty() {
        Map<String, Long> keys = TABLE.stream().flatMap(t -> t.parties().stream()
                        .map(p -> t.from() + "/" + t.action() + "/" + p))
                .collect(Collectors.groupingBy(k -> k, Collectors.counting()));
        assertThat(keys).allSatisfy((key, count) -> assertThat(count).as(key).isEqualTo(1));
    }

    @Test
    void theReceivingDeskAcceptsOrTransfersWithTheAcceptanceDeadlineRestarted() {
        for (Party desk : Set.of(Party.RECEIVER, Party.LEADER)) {
            assertThat(decide(FeedbackStatus.RECEIVED, FeedbackAction.ACCEPT, desk, Facts.NONE).to())
                    .isEqualTo(FeedbackStatus.ACCEPTED);
            Transition transfer = decide(FeedbackStatus.RECEIVED, FeedbackAction.TRANSFER, desk, Facts.NONE);
            assertThat(transfer.to()).isEqualTo(FeedbackStatus.RECEIVED);
            assertThat(transfer.input()).isEqualTo(Input.AGENCY_AND_NOTE);
            assertThat(transfer.effects()).containsExactly(Effect.MOVE_TO_AGENCY, Effect.START_ACCEPT_DEADLINE);
        }
        assertThat(FeedbackTransitions.decide(FeedbackStatus.RECEIVED, FeedbackAction.ACCEPT, Set.of(Party.SPECIALIST),
                Facts.NONE).allowed()).isFalse();
        assertThat(decide(FeedbackStatus.RECEIVED, FeedbackAction.ACCEPT, Party.RECEIVER, Facts.NONE).effects())
                .containsExactly(Effect.START_ANSWER_DEADLINE);
    }

    @Test
    void aLeaderAssignsTheAssigneeDraftsTheLeaderApprovesAndTheDuplicatesGetTheAnswer() {
        assertThat(decide(FeedbackStatus.ACCEPTED, FeedbackAction.ASSIGN, Party.LEADER, Facts.NONE).to())
                .isEqualTo(FeedbackStatus.ASSIGNED);
        assertThat(FeedbackTransitions.decide(FeedbackStatus.ACCEPTED, FeedbackAction.ASSIGN, Set.of(Party.RECEIVER),
                Facts.NONE).allowed()).isFalse();
        Decision notMine = FeedbackTransitions.decide(FeedbackStatus.ASSIGNED, FeedbackAction.DRAFT,
                Set.of(Party.SPECIALIST), Facts.NONE);
        assertThat(notMine.refusedBy()).contains(Guard.ASSIGNED_TO_ACTOR);
        Facts mine = new Facts(true, false, false, false, false);
        assertThat(decide(FeedbackStatus.ASSIGNED, FeedbackAction.DRAFT, Party.SPECIALIST, mine).to())
                .isEqualTo(FeedbackStatus.DRAFTED);
        Transition approve = decide(FeedbackStatus.DRAFTED, FeedbackAction.APPROVE, Party.LEADER, Facts.NONE);
        assertThat(approve.to()).isEqualTo(FeedbackStatus.ANSWERED);
        assertThat(approve.effects()).containsExactly(Effect.ISSUE_ANSWER, Effect.ANSWER_DUPLICATES);
        assertThat(FeedbackTransitions.decide(FeedbackStatus.DRAFTED, FeedbackAction.APPROVE, Set.of(Party.SPECIALIST),
                mine).allowed()).as("the drafter does not approve").isFalse();
        assertThat(decide(FeedbackStatus.MERGED, FeedbackAction.ANSWER_WITH_TARGET, Party.SYSTEM, Facts.NONE)
                .effects()).containsExactly(Effect.COPY_TARGET_ANSWER, Effect.ANSWER_DUPLICATES);
    }

    @Test
    void theAuthorPublishesRatesOnceAndReopensOnceWithinTheirPeriod() {
        assertThat(FeedbackTransitions.actionsFor(FeedbackStatus.ANSWERED, Set.of(Party.AUTHOR), FRESH_ANSWER))
                .containsExactly(FeedbackAction.PUBLISH, FeedbackAction.RATE, FeedbackAction.REOPEN);
        Facts publishedRatedReopened = new Facts(false, true, true, true, true);
        assertThat(FeedbackTransitions.actionsFor(FeedbackStatus.ANSWERED, Set.of(Party.AUTHOR),
                publishedRatedReopened)).isEmpty();
        assertThat(FeedbackTransitions.decide(FeedbackStatus.ANSWERED, FeedbackAction.REOPEN, Set.of(Party.AUTHOR),
                new Facts(false, false, false, false, false)).refusedBy()).contains(Guard.WITHIN_REOPEN_PERIOD);
        assertThat(FeedbackTransitions.decide(FeedbackStatus.ANSWERED, FeedbackAction.REOPEN, Set.of(Party.AUTHOR),
                new Facts(false, false, false, true, true)).refusedBy()).contains(Guard.NOT_REOPENED);
        assertThat(FeedbackTransitions.actionsFor(FeedbackStatus.ANSWERED, Set.of(Party.LEADER, Party.RECEIVER),
                FRESH_ANSWER)).as("officers do not act for the author").isEmpty();
        assertThat(decide(FeedbackStatus.ANSWERED, FeedbackAction.REOPEN, Party.AUTHOR, FRESH_ANSWER).to())
                .isEqualTo(FeedbackStatus.ASSIGNED);
    }

    @Test
    void onlyTheAuthorSubmitsAndTheSystemOnlyCopiesAMergedAnswer() {
        assertThat(TABLE.stream().filter(t -> t.parties().contains(Party.SYSTEM)).map(Transition::action))
                .containsOnly(FeedbackAction.ANSWER_WITH_TARGET);
        assertThat(TABLE.stream().filter(t -> t.from() == null))
                .singleElement().satisfies(t -> {
                    assertThat(t.parties()).containsExactly(Party.AUTHOR);
                    assertThat(t.effects()).containsExactly(Effect.NUMBER, Effect.START_ACCEPT_DEADLINE);
                });
    }

    @Test
    void anythingNotInTheTableIsRefused() {
        for (FeedbackStatus status : FeedbackStatus.values()) {
            for (FeedbackAction action : FeedbackAction.values()) {
                boolean inTable = TABLE.stream().anyMatch(t -> t.from() == status && t.action() == action);
                if (!inTable) {
                    assertThat(FeedbackTransitions.decide(status, action, EnumSet.allOf(Party.class),
                            new Facts(true, false, false, false, true)).allowed()).as("%s %s", status, action)
                            .isFalse();
                }
            }
        }
    }

    private static Transition decide(FeedbackStatus from, FeedbackAction action, Party party, Facts facts) {
        Decision decision = FeedbackTransitions.decide(from, action, Set.of(party), facts);
        assertThat(decision.allowed()).as("%s may %s from %s", party, action, from).isTrue();
        return decision.transition().orElseThrow();
    }
}
