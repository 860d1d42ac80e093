package vn.opendvc.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.opendvc.dossier.DossierTransitions.TABLE;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.opendvc.dossier.DossierTransitions.Condition;
import vn.opendvc.dossier.DossierTransitions.Decision;
import vn.opendvc.dossier.DossierTransitions.Effect;
import vn.opendvc.dossier.DossierTransitions.Facts;
import vn.opendvc.dossier.DossierTransitions.Guard;
import vn.opendvc.dossier.DossierTransitions.Input;
import vn.opendvc.dossier.DossierTransitions.Letter;
import vn.opendvc.dossier.DossierTransitions.Party;
import vn.opendvc.dossier.DossierTransitions.Transition;

/** The dossier's transition table on its own, without Spring: the graph, the guards, the effects and the events. */
class DossierTransitionTableTest {

    /** Received, fee settled, at the actor's step 2 of 4, not apologized, on track. */
    static final Facts MID_PROCESSING = new Facts(true, false, true, 2, 4, false, false, false);

    @Test
    void everyStatusIsReachableFromADraft() {
        Set<DossierStatus> reached = EnumSet.of(DossierStatus.DRAFT);
        Deque<DossierStatus> next = new ArrayDeque<>(reached);
        while (!next.isEmpty()) {
            DossierStatus from = next.pop();
            TABLE.stream().filter(t -> t.from() == from).map(Transition::to).filter(reached::add).forEach(next::push);
        }
        assertThat(reached).containsExactlyInAnyOrder(DossierStatus.values());
    }

    @Test
    void everyNonFinalStatusCanBeLeftAndNoFinalOne() {
        for (DossierStatus status : DossierStatus.values()) {
            boolean leavable = TABLE.stream().anyMatch(t -> t.from() == status && t.to() != status);
            assertThat(leavable).as("%s can be left", status).isEqualTo(!status.isFinal());
        }
    }

    @Test
    void oneRowPerStatusActionPartyAndCondition() {
        Map<String, Long> keys = TABLE.stream().flatMap(t -> t.parties().stream()
                        .map(p -> t.from() + "/" + t.action() + "/" + p + "/" + t.condition()))
                .collect(Collectors.groupingBy(k -> k, Collectors.counting()));
        assertThat(keys).allSatisfy((key, count) -> assertThat(count).as(key).isEqualTo(1));
    }

    @Test
    void alternativeRowsAreSelectedByComplementaryConditions() {
        assertThat(DossierTransitions.decide(DossierStatus.SUBMITTED, DossierAction.RECEIVE, Set.of(Party.RECEIVER),
                Facts.of(false, true)).transition()).get().extracting(Transition::to)
                .isEqualTo(DossierStatus.PAYMENT_REQUIRED);
        assertThat(DossierTransitions.decide(DossierStatus.SUBMITTED, DossierAction.RECEIVE, Set.of(Party.RECEIVER),
                Facts.of(false, false)).transition()).get().extracting(Transition::to)
                .isEqualTo(DossierStatus.RECEIVED);
        assertThat(DossierTransitions.decide(DossierStatus.SUPPLEMENT_REQUESTED, DossierAction.RESUBMIT,
                Set.of(Party.APPLICANT), Facts.of(true, false)).transition()).get().extracting(Transition::to)
                .isEqualTo(DossierStatus.PROCESSING);
        assertThat(DossierTransitions.decide(DossierStatus.SUPPLEMENT_REQUESTED, DossierAction.RESUBMIT,
                Set.of(Party.APPLICANT), Facts.of(false, false)).transition()).get().extracting(Transition::to)
                .isEqualTo(DossierStatus.SUBMITTED);
    }

    @Test
    void aPartyTheRowDoesNotNameIsRefusedWithoutAGuard() {
        Decision citizenReceives = DossierTransitions.decide(DossierStatus.SUBMITTED, DossierAction.RECEIVE,
                Set.of(Party.APPLICANT), Facts.of(false, false));
        assertThat(citizenReceives.allowed()).isFalse();
        assertThat(citizenReceives.refusedBy()).isEmpty();
        assertThat(DossierTransitions.decide(DossierStatus.RESULT_RETURNED, DossierAction.WITHDRAW,
                Set.of(Party.APPLICANT), MID_PROCESSING).allowed()).isFalse();
        assertThat(DossierTransitions.decide(DossierStatus.PAYMENT_REQUIRED, DossierAction.PAY,
                Set.of(Party.RECEIVER, Party.APPLICANT), MID_PROCESSING).allowed()).isFalse();
    }

    @Test
    void stepGuardsFollowTheCurrentStep() {
        Set<Party> specialist = Set.of(Party.SPECIALIST);
        DossierStatus processing = DossierStatus.PROCESSING;
        assertThat(DossierTransitions.actionsFor(processing, specialist, MID_PROCESSING))
                .contains(DossierAction.FORWARD, DossierAction.REQUEST_SUPPLEMENT)
                .doesNotContain(DossierAction.COMPLETE, DossierAction.RETURN, DossierAction.STOP);

        Facts atLastStep = new Facts(true, false, true, 3, 4, false, false, false);
        assertThat(refusal(processing, DossierAction.FORWARD, specialist, atLastStep)).isEqualTo(Guard.NOT_LAST_STEP);
        assertThat(DossierTransitions.actionsFor(processing, specialist, atLastStep))
                .contains(DossierAction.COMPLETE, DossierAction.RETURN).doesNotContain(DossierAction.FORWARD);

        Facts notMyStep = new Facts(true, false, false, 2, 4, false, false, false);
        assertThat(refusal(processing, DossierAction.FORWARD, specialist, notMyStep)).isEqualTo(Guard.AT_ACTORS_STEP);
        assertThat(refusal(processing, DossierAction.RETURN, specialist, MID_PROCESSING)).isEqualTo(Guard.EARLIER_STEP);
        assertThat(refusal(processing, DossierAction.COMPLETE, specialist, MID_PROCESSING)).isEqualTo(Guard.LAST_STEP);
        assertThat(refusal(DossierStatus.DONE, DossierAction.DELIVER, Set.of(Party.RECEIVER), notMyStep))
                .isEqualTo(Guard.AT_ACTORS_STEP);
    }

    @Test
    void anApologyOnlyWhenAboutToBeLateAndOnce() {
        Set<Party> leader = Set.of(Party.LEADER);
        assertThat(refusal(DossierStatus.RECEIVED, DossierAction.APOLOGIZE, leader, MID_PROCESSING))
                .isEqualTo(Guard.ABOUT_TO_BE_LATE);
        Facts late = new Facts(true, false, false, 2, 4, false, true, false);
        assertThat(DossierTransitions.actionsFor(DossierStatus.RECEIVED, leader, late))
                .contains(DossierAction.APOLOGIZE);
        Facts apologized = new Facts(true, false, false, 2, 4, true, true, false);
        assertThat(refusal(DossierStatus.RECEIVED, DossierAction.APOLOGIZE, leader, apologized))
                .isEqualTo(Guard.NOT_APOLOGIZED);
    }

    @Test
    void theButtonsAreExactlyTheActionsTheTableAllows() {
        List<Facts> situations = List.of(Facts.of(false, false), Facts.of(true, true), MID_PROCESSING,
                new Facts(true, false, true, 3, 4, false, true, false), new Facts(true, false, false, 1, 2, true, false, false));
        for (DossierStatus status : DossierStatus.values()) {
            for (Party party : Party.values()) {
                for (Facts facts : situations) {
                    List<DossierAction> buttons = DossierTransitions.actionsFor(status, Set.of(party), facts);
                    for (DossierAction action : DossierAction.values()) {
                        assertThat(buttons.contains(action)).as("%s %s by %s with %s", status, action, party, facts)
                                .isEqualTo(DossierTransitions.decide(status, action, Set.of(party), facts).allowed());
                    }
                }
            }
        }
    }

    @Test
    void effectsKeepTheDeadlineRules() {
        for (Transition t : TABLE) {
            boolean endsProcessing = t.to() == DossierStatus.NOT_RECEIVED || t.to() == DossierStatus.WITHDRAWN
                    || t.to() == DossierStatus.STOPPED || t.to() == DossierStatus.DONE;
            assertThat(t.effects().contains(Effect.FINISH)).as("%s records when processing ended", t)
                    .isEqualTo(endsProcessing);
            boolean waitsReceived = t.to() == DossierStatus.PAYMENT_REQUIRED
                    || (t.to() == DossierStatus.SUPPLEMENT_REQUESTED && t.from() != DossierStatus.SUBMITTED);
            assertThat(t.effects().contains(Effect.PAUSE)).as("%s stops the clock", t).isEqualTo(waitsReceived);
            boolean resumes = (t.from() == DossierStatus.PAYMENT_REQUIRED
                    || (t.from() == DossierStatus.SUPPLEMENT_REQUESTED && t.condition() == Condition.RECEIVED_BEFORE))
                    && t.to() != DossierStatus.WITHDRAWN;
            assertThat(t.effects().contains(Effect.RESUME)).as("%s moves the dates by the wait", t).isEqualTo(resumes);
            assertThat(t.effects().contains(Effect.START_DEADLINE)).as(t.toString())
                    .isEqualTo(t.action() == DossierAction.RECEIVE);
            assertThat(t.effects().contains(Effect.ISSUE_RESULT)).as(t.toString())
                    .isEqualTo(t.to() == DossierStatus.DONE);
            assertThat(t.effects().contains(Effect.NUMBER)).as(t.toString())
                    .isEqualTo(t.action() == DossierAction.SUBMIT);
        }
    }

    @Test
    void lettersAndInputsBelongToTheirActions() {
        for (Transition t : TABLE) {
            Letter letter = switch (t.action()) {
                case RECEIVE -> Letter.RECEIPT;
                case REQUEST_SUPPLEMENT -> Letter.SUPPLEMENT_REQUEST;
                case REFUSE -> Letter.REFUSAL;
                case APOLOGIZE -> Letter.APOLOGY;
                default -> Letter.NONE;
            };
            Input input = switch (t.action()) {
                case REQUEST_SUPPLEMENT -> Input.MISSING_ITEMS;
                case REFUSE -> Input.REASONS;
                case STOP -> Input.NOTE;
                case APOLOGIZE -> Input.REASON_AND_LATER_DATE;
                default -> Input.NONE;
            };
            assertThat(t.letter()).as(t.toString()).isEqualTo(letter);
            assertThat(t.input()).as(t.toString()).isEqualTo(input);
        }
    }

    @Test
    void everyRowPublishesItsOwnChange() {
        Instant at = Instant.parse("2026-11-23T02:00:00Z");
        DossierFile reused = new DossierFile(5, DossierFile.Kind.DOCUMENT, "Giấy khai sinh", "gks.pdf",
                "application/pdf", 10, "ab", DossierFile.Source.FROM_STORE, null, at);
        for (Transition t : TABLE) {
            Dossier after = new Dossier(7, "DNG-HAICHAU-261123-0001", 3, "Thủ tục", "DNG-HAICHAU", Channel.COUNTER,
                    t.to(), 11, "Nguyễn Văn An", "0905123456", Map.of(), BigDecimal.ONE, null, false, at, at, at,
                    at.plusSeconds(86_400), null, null, false, 1, 2, List.of(), List.of(reused), List.of());
            DossierStatusChanged event = t.event(after, 42, at);
            assertThat(event.from()).isEqualTo(t.from());
            assertThat(event.to()).isEqualTo(t.to());
            assertThat(event.action()).isEqualTo(t.action());
            assertThat(event.actorId()).isEqualTo(42);
            assertThat(event.dueAt()).isEqualTo(after.dueAt());
            assertThat(event.code()).isEqualTo(after.code());
            assertThat(event.digitized()).as("a counter dossier with a reused document, none scanned").isFalse();
            assertThat(event.reusedData()).isTrue();
        }
    }

    @Test
    void theCarriersConfirmationDeliversADoneDossierByTheSystemOnly() {
        Facts atTheHandOverStep = new Facts(true, false, false, 5, 5, false, false, false);
        Decision byCarrier = DossierTransitions.decide(DossierStatus.DONE, DossierAction.DELIVER, Set.of(Party.SYSTEM),
                atTheHandOverStep);
        assertThat(byCarrier.transition()).get().satisfies(t -> {
            assertThat(t.to()).isEqualTo(DossierStatus.RESULT_RETURNED);
            assertThat(t.guards()).as("the carrier is at no processing step").isEmpty();
            assertThat(t.effects()).containsExactly(Effect.COMPLETE_STEP, Effect.DELIVER_RESULT);
        });
        for (DossierStatus status : DossierStatus.values()) {
            if (status != DossierStatus.DONE) {
                assertThat(DossierTransitions.decide(status, DossierAction.DELIVER, Set.of(Party.SYSTEM),
                        atTheHandOverStep).allowed()).as("the carrier delivers a dossier at %s", status).isFalse();
            }
        }
        assertThat(DossierTransitions.actionsFor(DossierStatus.DONE, Set.of(Party.APPLICANT), atTheHandOverStep))
                .as("the applicant cannot declare the result delivered").isEmpty();
        assertThat(refusal(DossierStatus.DONE, DossierAction.DELIVER, Set.of(Party.RECEIVER), atTheHandOverStep))
                .as("the counter still hands over only at its own step").isEqualTo(Guard.AT_ACTORS_STEP);
    }

    @Test
    void theCounterDoesNotHandOverAResultWhoseParcelIsUnderWayButTheCarrierConfirmsIt() {
        Facts atMyStep = new Facts(true, false, true, 5, 5, false, false, false);
        Facts parcelUnderWay = new Facts(true, false, true, 5, 5, false, false, true);
        assertThat(DossierTransitions.decide(DossierStatus.DONE, DossierAction.DELIVER, Set.of(Party.RECEIVER),
                atMyStep).allowed()).isTrue();
        assertThat(refusal(DossierStatus.DONE, DossierAction.DELIVER, Set.of(Party.RECEIVER), parcelUnderWay))
                .isEqualTo(Guard.NO_PARCEL_UNDER_WAY);
        assertThat(DossierTransitions.actionsFor(DossierStatus.DONE, Set.of(Party.RECEIVER), parcelUnderWay))
                .as("no hand-over button while the parcel travels").doesNotContain(DossierAction.DELIVER);
        assertThat(DossierTransitions.decide(DossierStatus.DONE, DossierAction.DELIVER, Set.of(Party.SYSTEM),
                parcelUnderWay).allowed()).as("the carrier's proof of delivery").isTrue();
    }

    private static Guard refusal(DossierStatus from, DossierAction action, Set<Party> parties, Facts facts) {
        Decision decision = DossierTransitions.decide(from, action, parties, facts);
        assertThat(decision.allowed()).as("%s from %s refused", action, from).isFalse();
        return decision.refusedBy().orElseThrow();
    }
}
