package vn.opendvc.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.opendvc.calendar.Pause;
import vn.opendvc.calendar.WorkingCalendar;
import vn.opendvc.calendar.WorkingDays;
import vn.opendvc.identity.Role;
import vn.opendvc.testing.ApplicationTest;

/**
 * Step dues on the real working calendar (07:00–11:30, 13:30–17:00, Monday to Friday, no holiday between
 * 23/11/2026 and 9/12/2026). Monday 23/11/2026 09:00 +07:00; 10 working days are due Monday 7/12/2026 09:00.
 */
@ApplicationTest
class StepScheduleTest {

    @Autowired
    StepSchedule schedule;
    @Autowired
    WorkingCalendar calendar;

    static Instant t(String local) {
        return OffsetDateTime.parse(local.replace(' ', 'T') + ":00+07:00").toInstant();
    }

    static final Instant MONDAY_0900 = t("2026-11-23 09:00");

    private static List<Instant> dues(List<StepDue> dues) {
        return dues.stream().map(StepDue::due).toList();
    }

    @Test
    void defaultSharesOfTenWorkingDays() {
        List<StepDue> dues = schedule.schedule(MONDAY_0900, WorkingDays.of(10), ProcessingSteps.DEFAULT);
        assertThat(dues).extracting(StepDue::step).isEqualTo(ProcessingSteps.DEFAULT);
        assertThat(dues(dues)).containsExactly(
                t("2026-11-24 09:00"),  // 10% = 1 day
                t("2026-12-02 09:00"),  // 70% = 7 days
                t("2026-12-04 09:00"),  // 90% = 9 days
                t("2026-12-07 09:00")); // 100%
        assertThat(dues.getLast().due()).isEqualTo(calendar.deadline(MONDAY_0900, WorkingDays.of(10)));
    }

    @Test
    void aPauseShiftsTheDuesAfterIt() {
        // A supplement awaited from Wednesday 25/11 10:00 to Friday 27/11 10:00: two working days.
        List<Pause> pauses = List.of(new Pause(t("2026-11-25 10:00"), t("2026-11-27 10:00")));
        List<StepDue> dues = schedule.schedule(MONDAY_0900, WorkingDays.of(10), ProcessingSteps.DEFAULT, pauses);
        assertThat(dues(dues)).containsExactly(
                t("2026-11-24 09:00"),  // before the pause: unchanged
                t("2026-12-04 09:00"),  // 7 + 2 days
                t("2026-12-08 09:00"),  // 9 + 2 days
                t("2026-12-09 09:00")); // 10 + 2 days
        assertThat(dues.getLast().due()).isEqualTo(calendar.deadline(MONDAY_0900, WorkingDays.of(10), pauses));
    }

    @Test
    void sharesBetweenHalfDaysAreCountedToTheMinuteAcrossLunchAndNights() {
        // 3 days = 1,440 min: 144 min, 1,008 min, 1,296 min.
        assertThat(dues(schedule.schedule(MONDAY_0900, WorkingDays.of(3), ProcessingSteps.DEFAULT))).containsExactly(
                t("2026-11-23 11:24"),
                t("2026-11-25 09:48"),  // Mon 360 + Tue 480 + 168
                t("2026-11-25 16:36"),  // Wed morning 270 + 186 after 13:30
                t("2026-11-26 09:00"));
        // 1.5 days (720 min) × 15% = 108 min.
        List<ProcessingStep> steps = List.of(new ProcessingStep(1, "Tiếp nhận", Role.RECEIVER, 15),
                new ProcessingStep(2, "Xử lý", Role.SPECIALIST, 85), new ProcessingStep(3, "Trả", Role.RECEIVER, 0));
        assertThat(dues(schedule.schedule(MONDAY_0900, WorkingDays.parse("1.5"), steps))).containsExactly(
                t("2026-11-23 10:48"), t("2026-11-24 15:00"), t("2026-11-24 15:00"));
    }

    @Test
    void fractionsOfAMinuteAreRoundedDownButTheLastDueIsTheDossierDue() {
        // Half a day = 240 min: 33% = 79.2 → 79 min, 67% = 160.8 → 160 min.
        List<ProcessingStep> steps = List.of(new ProcessingStep(1, "Tiếp nhận", Role.RECEIVER, 33),
                new ProcessingStep(2, "Xử lý", Role.SPECIALIST, 34), new ProcessingStep(3, "Trả", Role.RECEIVER, 33));
        assertThat(dues(schedule.schedule(MONDAY_0900, WorkingDays.parse("0.5"), steps))).containsExactly(
                t("2026-11-23 10:19"), t("2026-11-23 13:40"), t("2026-11-23 15:00"));
    }

    @Test
    void countingStartsTheNextWorkingDayAfterTheCutOff() {
        Instant late = t("2026-11-23 16:00");
        List<StepDue> dues = schedule.schedule(late, WorkingDays.of(10), ProcessingSteps.DEFAULT);
        assertThat(dues.getFirst().due()).as("one full day from Tuesday 07:00 ends at 17:00").isEqualTo(t("2026-11-24 17:00"));
        assertThat(dues.getLast().due()).isEqualTo(t("2026-12-07 17:00")).isEqualTo(calendar.deadline(late, WorkingDays.of(10)));
        assertThat(dues(schedule.schedule(calendar.countingStart(late), WorkingDays.of(10), ProcessingSteps.DEFAULT)))
                .as("the counting start gives the same dues").isEqualTo(dues(dues));
    }

    @Test
    void aStepWithoutShareIsDueWithTheStepBefore() {
        List<ProcessingStep> steps = List.of(new ProcessingStep(1, "Tiếp nhận", Role.RECEIVER, 0),
                new ProcessingStep(2, "Xử lý", Role.SPECIALIST, 100), new ProcessingStep(3, "Trả", Role.RECEIVER, 0));
        assertThat(dues(schedule.schedule(MONDAY_0900, WorkingDays.of(2), steps)))
                .containsExactly(MONDAY_0900, t("2026-11-25 09:00"), t("2026-11-25 09:00"));
        assertThat(dues(schedule.schedule(MONDAY_0900, WorkingDays.of(0), ProcessingSteps.DEFAULT)))
                .containsOnly(MONDAY_0900);
    }

    @Test
    void sharesMustAddUpTo100() {
        assertThatIllegalArgumentException().isThrownBy(() -> schedule.schedule(MONDAY_0900, WorkingDays.of(1), List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> schedule.schedule(MONDAY_0900, WorkingDays.of(1),
                List.of(new ProcessingStep(1, "A", Role.RECEIVER, 50), new ProcessingStep(2, "B", Role.RECEIVER, 40))));
        assertThatIllegalArgumentException().isThrownBy(() -> schedule.schedule(MONDAY_0900, WorkingDays.of(1),
                List.of(new ProcessingStep(1, "A", Role.RECEIVER, 150), new ProcessingStep(2, "B", Role.RECEIVER, -50))));
    }
}
