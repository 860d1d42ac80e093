package vn.opendvc.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.opendvc.testing.DossierFixture.text;
import static vn.opendvc.testing.MovableClock.vietnam;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.opendvc.calendar.WorkingCalendar;
import vn.opendvc.testing.ApplicationTest;
import vn.opendvc.testing.DossierFixture;
import vn.opendvc.testing.MovableClock;
import vn.opendvc.testing.OnMondayMorning;
import vn.opendvc.workflow.ProcessingSteps;

/**
 * Promised dates from the working calendar with a moved clock (1 working day for birth registration), the receipt
 * that shows it, and supplement time that does not count.
 */
@ApplicationTest
@OnMondayMorning
class DossierDeadlinesTest {

    @Autowired
    DossierFixture fixture;
    @Autowired
    Dossiers dossiers;
    @Autowired
    ProcessingSteps processingSteps;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    MovableClock clock;

    private Dossier receivedAt(String when) {
        clock.set(when);
        return fixture.act("motcua1", fixture.submitted().id(), DossierAction.RECEIVE);
    }

    @Test
    void receivedMondayMorningIsDueTuesdayAtTheSameTime() {
        Dossier d = receivedAt("2026-11-23T09:30");
        assertThat(d.receivedAt()).isEqualTo(vietnam("2026-11-23T09:30"));
        assertThat(d.dueAt()).isEqualTo(vietnam("2026-11-24T09:30"));
        assertThat(d.steps()).extracting(Dossier.Step::dueAt).last().isEqualTo(d.dueAt());
    }

    @Test
    void receivedAfterTheCutOffIsDueAtTheEndOfTheNextWorkingDay() {
        assertThat(receivedAt("2026-11-23T15:30").dueAt()).isEqualTo(vietnam("2026-11-24T17:00"));
    }

    @Test
    void receivedFridayAfternoonIsDueMondayAtFiveAndTheReceiptSaysSo() {
        Dossier d = receivedAt("2026-11-27T16:00");
        assertThat(d.dueAt()).isEqualTo(vietnam("2026-11-30T17:00"));
        DossierFile receipt = d.files().stream().filter(f -> f.kind() == DossierFile.Kind.RECEIPT).findFirst()
                .orElseThrow();
        assertThat(receipt.mediaType()).isEqualTo("application/pdf");
        String text = text(dossiers.file(fixture.user("congdan1"), d.id(), receipt.id()).content());
        assertThat(text).contains("17:00 ngày 30/11/2026").contains("16:00 ngày 27/11/2026").contains(d.code());
    }

    @Test
    void supplementTimeDuringProcessingMovesTheDueByExactlyThePausedWorkingTime() {
        Dossier processing = fixture.act("motcua1", receivedAt("2026-11-23T09:30").id(), DossierAction.FORWARD);
        assertThat(processing.dueAt()).isEqualTo(vietnam("2026-11-24T09:30"));

        clock.set("2026-11-23T10:30");
        Dossier waiting = fixture.act("chuyenvien1", processing.id(), DossierAction.REQUEST_SUPPLEMENT,
                List.of("Bản chính giấy chứng sinh"));
        assertThat(waiting.status()).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);
        assertThat(waiting.files()).anyMatch(f -> f.kind() == DossierFile.Kind.SUPPLEMENT_REQUEST);

        clock.set("2026-11-25T10:30");
        Dossier resumed = fixture.act("congdan1", processing.id(), DossierAction.RESUBMIT);

        assertThat(resumed.status()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(resumed.currentStep()).isEqualTo(processing.currentStep());
        assertThat(resumed.dueAt()).isEqualTo(vietnam("2026-11-26T09:30"));
        Duration paused = calendar.workingTime(vietnam("2026-11-23T10:30"), vietnam("2026-11-25T10:30"), List.of());
        assertThat(paused).isEqualTo(calendar.workingDayLength().multipliedBy(2));
        assertThat(calendar.workingTime(processing.dueAt(), resumed.dueAt(), List.of())).isEqualTo(paused);
        assertThat(resumed.steps()).extracting(Dossier.Step::dueAt).last().isEqualTo(resumed.dueAt());
    }

    @Test
    void aSupplementAtReceptionDoesNotStartTheClock() {
        Dossier submitted = fixture.submitted();
        fixture.act("motcua1", submitted.id(), DossierAction.REQUEST_SUPPLEMENT, List.of("Tờ khai có chữ ký"));
        clock.set("2026-11-25T08:00");
        Dossier again = fixture.act("congdan1", submitted.id(), DossierAction.RESUBMIT);
        assertThat(again.status()).isEqualTo(DossierStatus.SUBMITTED);
        assertThat(again.dueAt()).isNull();
        Dossier received = fixture.act("motcua1", submitted.id(), DossierAction.RECEIVE);
        assertThat(received.dueAt()).isEqualTo(vietnam("2026-11-26T08:00"));
    }

    @Test
    void stepsAreFixedAtReceptionEvenIfTheProcedureStepsChangeLater() {
        Dossier processing = fixture.act("motcua1", fixture.act("motcua1", fixture.submitted().id(), DossierAction.RECEIVE).id(),
                DossierAction.FORWARD);
        long procedureId = processing.procedureId();
        processingSteps.replace(procedureId, List.of(
                new vn.opendvc.workflow.ProcessingStep(1, "Nhận hồ sơ", vn.opendvc.identity.Role.RECEIVER, 50),
                new vn.opendvc.workflow.ProcessingStep(2, "Giao kết quả", vn.opendvc.identity.Role.RECEIVER, 50)),
                "dossier-tests");
        try {
            fixture.act("chuyenvien1", processing.id(), DossierAction.REQUEST_SUPPLEMENT, List.of("Bản sao CCCD"));
            clock.set("2026-11-23T11:00");
            Dossier resumed = fixture.act("congdan1", processing.id(), DossierAction.RESUBMIT);
            assertThat(resumed.steps()).extracting(Dossier.Step::name)
                    .containsExactlyElementsOf(processing.steps().stream().map(Dossier.Step::name).toList());
            assertThat(resumed.steps()).extracting(Dossier.Step::sharePercent).containsExactly(10, 60, 20, 10);
            assertThat(resumed.step().role()).isEqualTo("SPECIALIST");
        } finally {
            processingSteps.reset(procedureId, "dossier-tests");
        }
    }
}
