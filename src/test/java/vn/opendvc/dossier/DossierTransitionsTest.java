package vn.opendvc.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.opendvc.testing.DossierFixture.BIRTH;
import static vn.opendvc.testing.DossierFixture.HAI_CHAU;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import vn.opendvc.dossier.DossierTransitions.Party;
import vn.opendvc.dossier.DossierTransitions.Transition;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.identity.Role;
import vn.opendvc.testing.ApplicationTest;
import vn.opendvc.testing.DossierFixture;
import vn.opendvc.testing.MovableClock;
import vn.opendvc.testing.OnMondayMorning;
import vn.opendvc.workflow.ProcessingStep;
import vn.opendvc.workflow.ProcessingSteps;

/**
 * Every row of {@link DossierTransitions#TABLE}, by every party the row names, through {@link Dossiers}: the status
 * after, the history entry and the published {@link DossierStatusChanged}.
 */
@ApplicationTest
@OnMondayMorning
@RecordApplicationEvents
class DossierTransitionsTest {

    @Autowired
    DossierFixture fixture;
    @Autowired
    Dossiers dossiers;
    @Autowired
    ProcessingSteps processingSteps;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    /** Lets a leader forward (step 2), a specialist return (step 3) and a specialist complete (step 5). */
    static final List<ProcessingStep> LEADER_FIRST = List.of(
            new ProcessingStep(1, "Tiếp nhận hồ sơ", Role.RECEIVER, 10),
            new ProcessingStep(2, "Lãnh đạo phân công", Role.LEADER, 10),
            new ProcessingStep(3, "Thẩm định hồ sơ", Role.SPECIALIST, 30),
            new ProcessingStep(4, "Lãnh đạo cho ý kiến", Role.LEADER, 20),
            new ProcessingStep(5, "Hoàn thiện kết quả", Role.SPECIALIST, 20),
            new ProcessingStep(6, "Trả kết quả", Role.RECEIVER, 10));

    /** Lets the one-stop desk complete a received dossier itself. */
    static final List<ProcessingStep> DESK_ONLY = List.of(
            new ProcessingStep(1, "Tiếp nhận và giải quyết", Role.RECEIVER, 90),
            new ProcessingStep(2, "Trả kết quả", Role.RECEIVER, 10));

    record Case(Transition transition, Party party) {
        @Override
        public String toString() {
            return transition.from() + " --" + transition.action() + "/" + party + "--> " + transition.to()
                    + (transition.condition() == DossierTransitions.Condition.ALWAYS ? "" : " (" + transition.condition() + ")");
        }
    }

    /**
     * Every row by every party; the rows about fees and the payment system (receiving an unpaid dossier, the payment
     * moving it on) are exercised by {@code FeePaymentScenarioTest} and in a real browser by
     * {@code DossierJourneyBrowserTest}.
     */
    static Stream<Case> everyRowByEveryParty() {
        return DossierTransitions.TABLE.stream()
                .filter(t -> t.condition() != DossierTransitions.Condition.FEE_UNPAID)
                .flatMap(t -> t.parties().stream().filter(p -> p != Party.SYSTEM).sorted().map(p -> new Case(t, p)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyRowByEveryParty")
    void everyAllowedTransitionChangesStatusRecordsHistoryAndPublishesAnEvent(Case c) {
        Transition t = c.transition();
        Dossier before = prepare(t, c.party());
        assertThat(before.status()).isEqualTo(t.from());
        CurrentUser actor = actor(c.party());
        if (t.action() == DossierAction.APOLOGIZE) {
            clock.set(before.dueAt().minus(Duration.ofHours(1))); // about to be late: most of the time is gone
        } else {
            clock.advance(Duration.ofMinutes(5));
        }
        events.clear();

        Dossier after = dossiers.act(actor, before.id(), request(t.action(), before));

        assertThat(after.status()).isEqualTo(t.to());
        assertThat(after.version()).isEqualTo(before.version() + 1);
        assertThat(after.history()).hasSize(before.history().size() + 1);
        Dossier.HistoryEntry entry = after.history().getLast();
        assertThat(entry.from()).isEqualTo(t.from());
        assertThat(entry.to()).isEqualTo(t.to());
        assertThat(entry.action()).isEqualTo(t.action());
        assertThat(entry.actor()).isEqualTo(actor.displayName());
        assertThat(entry.at()).isEqualTo(clock.instant());
        assertThat(events.stream(DossierStatusChanged.class).filter(e -> e.dossierId() == before.id()).toList())
                .singleElement().satisfies(e -> {
                    assertThat(e.from()).isEqualTo(t.from());
                    assertThat(e.to()).isEqualTo(t.to());
                    assertThat(e.action()).isEqualTo(t.action());
                    assertThat(e.actorId()).isEqualTo(actor.accountId());
                    assertThat(e.code()).isEqualTo(after.code()).isNotNull();
                    assertThat(e.agencyCode()).isEqualTo(HAI_CHAU);
                    assertThat(e.dueAt()).isEqualTo(after.dueAt());
                });
        switch (t.action()) {
            case FORWARD -> assertThat(after.currentStep()).isEqualTo(before.currentStep() + 1);
            case RETURN -> assertThat(after.currentStep()).isEqualTo(before.currentStep() - 1);
            case COMPLETE -> assertThat(after.finishedAt()).isEqualTo(clock.instant());
            case DELIVER -> assertThat(after.deliveredAt()).isEqualTo(clock.instant());
            case RECEIVE -> assertThat(after.dueAt()).isNotNull().isAfter(after.receivedAt());
            case APOLOGIZE -> assertThat(after.dueAt()).isEqualTo(before.dueAt().plus(Duration.ofDays(1)));
            case WITHDRAW, REFUSE, STOP -> assertThat(after.finishedAt()).isEqualTo(clock.instant());
            case SUBMIT -> assertThat(after.code()).startsWith(HAI_CHAU + "-261123-");
            default -> assertThat(after.status().isFinal()).isFalse();
        }
    }

    private CurrentUser actor(Party party) {
        return fixture.user(switch (party) {
            case APPLICANT -> "congdan1";
            case RECEIVER -> "motcua1";
            case SPECIALIST -> "chuyenvien1";
            case LEADER -> "lanhdao1";
            case SYSTEM -> throw new IllegalArgumentException("the system acts through payment events");
        });
    }

    private static Dossiers.ActionRequest request(DossierAction action, Dossier dossier) {
        return switch (action) {
            case REQUEST_SUPPLEMENT, REFUSE -> new Dossiers.ActionRequest(action, "Ghi chú", null,
                    List.of("Giấy chứng sinh bản chính"), null, null);
            case APOLOGIZE -> new Dossiers.ActionRequest(action, "Cần xác minh thêm tại nơi sinh", null, List.of(),
                    dossier.dueAt().plus(Duration.ofDays(1)), null);
            default -> Dossiers.ActionRequest.of(action, "Ghi chú");
        };
    }

    /** A new dossier in {@code t.from()}, at a step of {@code party} where the action depends on the step. */
    private Dossier prepare(Transition t, Party party) {
        return switch (t.from()) {
            case DRAFT -> fixture.draft("congdan1", BIRTH);
            case SUBMITTED -> fixture.submitted();
            case RECEIVED -> t.action() == DossierAction.COMPLETE ? receivedWith(DESK_ONLY) : fixture.received();
            case PROCESSING -> processingFor(t.action(), party);
            case SUPPLEMENT_REQUESTED -> t.condition() == DossierTransitions.Condition.RECEIVED_BEFORE
                    ? fixture.act("chuyenvien1", fixture.processing().id(), DossierAction.REQUEST_SUPPLEMENT, List.of("Bản sao CCCD"))
                    : fixture.act("motcua1", fixture.submitted().id(), DossierAction.REQUEST_SUPPLEMENT, List.of("Bản sao CCCD"));
            case PAYMENT_REQUIRED -> {
                // no row of the table leads to "payment required" yet: put a submitted dossier there directly
                Dossier d = fixture.submitted();
                jdbc.sql("update dossier set status = ? where id = ?")
                        .params(DossierStatus.PAYMENT_REQUIRED.code(), d.id()).update();
                yield fixture.reload(d.id());
            }
            case DONE -> fixture.act("lanhdao1", fixture.act("chuyenvien1", fixture.processing().id(), DossierAction.FORWARD).id(),
                    DossierAction.COMPLETE);
            default -> throw new IllegalStateException("No preparation for " + t);
        };
    }

    /** Processing at a step of {@code party} for the actions bound to the current step, at step 2 otherwise. */
    private Dossier processingFor(DossierAction action, Party party) {
        boolean leaderFirst = (action == DossierAction.FORWARD && party == Party.LEADER)
                || ((action == DossierAction.RETURN || action == DossierAction.COMPLETE) && party == Party.SPECIALIST);
        int step = switch (action) {
            case RETURN -> 3;
            case COMPLETE -> leaderFirst ? 5 : 3;
            case REQUEST_SUPPLEMENT -> party == Party.LEADER ? 3 : 2;
            default -> 2;
        };
        Dossier d = fixture.act("motcua1", (leaderFirst ? receivedWith(LEADER_FIRST) : fixture.received()).id(), DossierAction.FORWARD);
        while (d.currentStep() < step) {
            d = fixture.act(officerOf(d.step().role()), d.id(), DossierAction.FORWARD);
        }
        if (List.of(DossierAction.FORWARD, DossierAction.RETURN, DossierAction.COMPLETE,
                DossierAction.REQUEST_SUPPLEMENT).contains(action)) {
            assertThat(d.step().role()).isEqualTo(party.name());
        }
        return d;
    }

    private static String officerOf(String role) {
        return switch (Role.valueOf(role)) {
            case RECEIVER -> "motcua1";
            case SPECIALIST -> "chuyenvien1";
            case LEADER -> "lanhdao1";
            default -> throw new IllegalArgumentException(role);
        };
    }

    /** Received while the procedure had {@code steps}; the procedure goes back to the default steps afterwards. */
    private Dossier receivedWith(List<ProcessingStep> steps) {
        long procedureId = fixture.procedure(BIRTH).id();
        Dossier submitted = fixture.submitted();
        processingSteps.replace(procedureId, steps, "dossier-tests");
        try {
            Dossier received = fixture.act("motcua1", submitted.id(), DossierAction.RECEIVE);
            assertThat(received.steps()).hasSize(steps.size());
            return received;
        } finally {
            processingSteps.reset(procedureId, "dossier-tests");
        }
    }
}
