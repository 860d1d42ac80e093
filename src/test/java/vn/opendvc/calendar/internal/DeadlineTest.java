package vn.opendvc.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.opendvc.calendar.AnnouncedDay;
import vn.opendvc.calendar.DeadlineStatus;
import vn.opendvc.calendar.Pause;
import vn.opendvc.calendar.WorkingDays;

/** Deadline arithmetic with the default hours 07:00–11:30 and 13:30–17:00 (UTC+7), Monday to Friday. */
class DeadlineTest {

    private final List<AnnouncedDay> table = new ArrayList<>();
    private final Clock clock = Clock.fixed(t("2025-03-10 08:00"), ZoneOffset.UTC);
    private final StatutoryWorkingCalendar calendar = new StatutoryWorkingCalendar(CalendarProperties.defaults(),
            year -> table.stream().filter(a -> a.date().getYear() == year).toList(), clock);

    @Test
    void receivedInTheMorningIsDueNWorkingDaysLaterAtTheSameTime() {
        // Monday 10/3/2025
        assertThat(due("2025-03-10 09:40", "1")).isEqualTo(t("2025-03-11 09:40"));
        assertThat(due("2025-03-10 09:40", "3")).isEqualTo(t("2025-03-13 09:40"));
        assertThat(due("2025-03-10 14:10", "2")).isEqualTo(t("2025-03-12 14:10"));
    }

    @Test
    void receivedAfterTheCutOffCountsFromTheNextWorkingDay() {
        assertThat(due("2025-03-10 15:00", "1")).as("at 15:00 sharp it still counts today").isEqualTo(t("2025-03-11 15:00"));
        assertThat(due("2025-03-10 15:01", "1")).isEqualTo(t("2025-03-11 17:00"));
        assertThat(due("2025-03-10 16:30", "2")).isEqualTo(t("2025-03-12 17:00"));
        assertThat(calendar.countingStart(t("2025-03-10 15:30"))).isEqualTo(t("2025-03-11 07:00"));
    }

    @Test
    void fridayAfternoon() {
        // Friday 14/3/2025
        assertThat(due("2025-03-14 14:00", "1")).isEqualTo(t("2025-03-17 14:00"));
        assertThat(due("2025-03-14 16:00", "1")).isEqualTo(t("2025-03-17 17:00"));
        assertThat(due("2025-03-14 16:00", "0.5")).as("240 minutes from Monday 07:00").isEqualTo(t("2025-03-17 11:00"));
    }

    @Test
    void acrossAWeekend() {
        assertThat(due("2025-03-13 10:00", "3")).isEqualTo(t("2025-03-18 10:00"));
        assertThat(calendar.countingStart(t("2025-03-15 10:00"))).as("received on Saturday").isEqualTo(t("2025-03-17 07:00"));
        assertThat(due("2025-03-15 10:00", "1")).isEqualTo(t("2025-03-17 17:00"));
    }

    @Test
    void beforeOpeningAndDuringLunch() {
        assertThat(calendar.countingStart(t("2025-03-10 06:15"))).isEqualTo(t("2025-03-10 07:00"));
        assertThat(calendar.countingStart(t("2025-03-10 12:00"))).isEqualTo(t("2025-03-10 13:30"));
        assertThat(due("2025-03-10 12:00", "1")).as("ends exactly at the end of a morning").isEqualTo(t("2025-03-11 11:30"));
        assertThat(due("2025-03-10 09:00", "0")).isEqualTo(t("2025-03-10 09:00"));
        assertThat(due("2025-03-10 12:00", "0")).isEqualTo(t("2025-03-10 13:30"));
    }

    @Test
    void halfDaysAreHalfOfAWorkingDaysMinutes() {
        assertThat(calendar.workingDayLength()).isEqualTo(Duration.ofMinutes(480));
        assertThat(due("2025-03-10 07:00", "0.5")).isEqualTo(t("2025-03-10 11:00"));
        assertThat(due("2025-03-10 08:00", "0.5")).isEqualTo(t("2025-03-10 14:00"));
        assertThat(due("2025-03-10 13:30", "0.5")).isEqualTo(t("2025-03-11 07:30"));
        assertThat(due("2025-03-10 09:00", "1.5")).isEqualTo(t("2025-03-11 15:00"));
    }

    @Test
    void acrossTet2025FromTheRulesAndWithTheAnnouncedTable() {
        // Friday 24/1/2025. Rules: Tết = 28/1 (last day of Giáp Thìn) to 1/2, Saturday 1/2 in lieu on Monday 3/2.
        assertThat(due("2025-01-24 10:00", "1")).isEqualTo(t("2025-01-27 10:00"));
        assertThat(due("2025-01-24 10:00", "2")).isEqualTo(t("2025-02-04 10:00"));
        // Announced: off 27/1 too, but 3/2 is a working day. The table changes the promised date.
        table.add(new AnnouncedDay(d("2025-01-27"), AnnouncedDay.Kind.DAY_OFF, "Nghỉ Tết"));
        table.add(new AnnouncedDay(d("2025-02-03"), AnnouncedDay.Kind.WORKING_DAY, "Làm việc"));
        assertThat(due("2025-01-24 10:00", "1")).isEqualTo(t("2025-02-03 10:00"));
        assertThat(due("2025-01-24 10:00", "2")).isEqualTo(t("2025-02-04 10:00"));
    }

    @Test
    void aMakeUpSaturdayIsAWorkingDay() {
        // Friday 25/4/2025; Saturday 26/4 worked in exchange for Friday 2/5.
        assertThat(due("2025-04-25 10:00", "1")).isEqualTo(t("2025-04-28 10:00"));
        table.add(new AnnouncedDay(d("2025-04-26"), AnnouncedDay.Kind.WORKING_DAY, "Làm bù"));
        table.add(new AnnouncedDay(d("2025-05-02"), AnnouncedDay.Kind.DAY_OFF, "Nghỉ hoán đổi"));
        assertThat(due("2025-04-25 10:00", "1")).isEqualTo(t("2025-04-26 10:00"));
        // 29/4 10:00 + 1 day: 30/4, 1/5, 2/5 off, weekend → Monday 5/5.
        assertThat(due("2025-04-29 10:00", "1")).isEqualTo(t("2025-05-05 10:00"));
    }

    @Test
    void pausesDoNotCount() {
        // Monday 10/3 09:00, 3 days → Thursday 09:00 without a pause.
        Pause supplement = new Pause(t("2025-03-11 10:00"), t("2025-03-13 10:00"));
        assertThat(calendar.deadline(t("2025-03-10 09:00"), WorkingDays.of(3), List.of(supplement)))
                .isEqualTo(t("2025-03-17 09:00"));
        // A pause over a weekend only removes its working time.
        Pause overWeekend = new Pause(t("2025-03-14 16:00"), t("2025-03-17 08:00"));
        assertThat(calendar.deadline(t("2025-03-14 09:00"), WorkingDays.of(1), List.of(overWeekend)))
                .isEqualTo(t("2025-03-17 11:00"));
        // Overlapping pauses are not subtracted twice.
        assertThat(calendar.deadline(t("2025-03-10 09:00"), WorkingDays.of(3),
                List.of(supplement, new Pause(t("2025-03-12 08:00"), t("2025-03-12 09:00")))))
                .isEqualTo(t("2025-03-17 09:00"));
        assertThat(calendar.workingTime(t("2025-03-10 07:00"), t("2025-03-12 07:00"), List.of(supplement)))
                .isEqualTo(Duration.ofMinutes(480 + 180));
    }

    @Test
    void statusOnTrackDueSoonOverdue() {
        Instant received = t("2025-03-10 09:00"); // due Thursday 13/3 09:00
        DeadlineStatus early = calendar.status(received, WorkingDays.of(3), List.of(), t("2025-03-11 09:00"));
        assertThat(early.state()).isEqualTo(DeadlineStatus.State.ON_TRACK);
        assertThat(early.remaining()).isEqualTo(Duration.ofMinutes(960));
        assertThat(early.remainingDays()).isEqualByComparingTo(new BigDecimal("2"));
        DeadlineStatus soon = calendar.status(received, WorkingDays.of(3), List.of(), t("2025-03-12 09:00"));
        assertThat(soon.state()).isEqualTo(DeadlineStatus.State.DUE_SOON);
        DeadlineStatus atDue = calendar.status(received, WorkingDays.of(3), List.of(), t("2025-03-13 09:00"));
        assertThat(atDue.state()).isEqualTo(DeadlineStatus.State.DUE_SOON);
        assertThat(atDue.remaining()).isZero();
        DeadlineStatus late = calendar.status(received, WorkingDays.of(3), List.of(), t("2025-03-14 08:00"));
        assertThat(late.state()).isEqualTo(DeadlineStatus.State.OVERDUE);
        assertThat(late.remaining()).isEqualTo(Duration.ofMinutes(-(150 + 210 + 60)));
        assertThat(calendar.isOnTime(received, WorkingDays.of(3), List.of(), t("2025-03-13 09:00"))).isTrue();
        assertThat(calendar.isOnTime(received, WorkingDays.of(3), List.of(), t("2025-03-13 09:01"))).isFalse();
    }

    @Test
    void anOngoingPauseStopsTheClock() {
        Instant received = t("2025-03-10 09:00");
        List<Pause> waiting = List.of(Pause.ongoing(t("2025-03-12 09:00")));
        DeadlineStatus status = calendar.status(received, WorkingDays.of(3), waiting, t("2025-03-20 09:00"));
        assertThat(status.paused()).isTrue();
        assertThat(status.state()).isNotEqualTo(DeadlineStatus.State.OVERDUE);
        assertThat(status.remaining()).isEqualTo(Duration.ofMinutes(480));
        assertThat(status.due()).isEqualTo(t("2025-03-21 09:00"));
        // With the default clock (10/3 08:00) the status uses "now".
        assertThat(calendar.status(received, WorkingDays.of(3), List.of()).at()).isEqualTo(clock.instant());
    }

    @Test
    void outOfRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> due("2100-12-30 09:00", "5"));
        assertThatIllegalArgumentException().isThrownBy(() -> calendar.isWorkingDay(d("1899-12-31")));
    }

    @Test
    void workingDaysAcceptOnlyHalfSteps() {
        assertThat(WorkingDays.parse("2,5").halves()).isEqualTo(5);
        assertThat(WorkingDays.parse("0.50").halves()).isEqualTo(1);
        assertThat(WorkingDays.parse("3").days()).isEqualByComparingTo("3");
        assertThatIllegalArgumentException().isThrownBy(() -> WorkingDays.parse("0.3"));
        assertThatIllegalArgumentException().isThrownBy(() -> WorkingDays.parse("-1"));
        assertThatIllegalArgumentException().isThrownBy(() -> WorkingDays.parse("abc"));
        assertThatIllegalArgumentException().isThrownBy(() -> WorkingDays.parse("1001"));
    }

    private Instant due(String received, String days) {
        return calendar.deadline(t(received), WorkingDays.parse(days));
    }

    static Instant t(String local) {
        return OffsetDateTime.parse(local.replace(' ', 'T') + ":00+07:00").toInstant();
    }

    static java.time.LocalDate d(String iso) {
        return java.time.LocalDate.parse(iso);
    }
}
