package vn.opendvc.workflow.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.opendvc.calendar.Pause;
import vn.opendvc.calendar.WorkingCalendar;
import vn.opendvc.calendar.WorkingDays;
import vn.opendvc.workflow.ProcessingStep;
import vn.opendvc.workflow.StepDue;
import vn.opendvc.workflow.StepSchedule;

/**
 * {@link StepSchedule} on the {@link WorkingCalendar}. The calendar adds working time in half days; a cumulative
 * share that falls between two half days is found by bisection, to the second, on
 * {@link WorkingCalendar#workingTime} between the two half-day deadlines around it.
 */
@Component
class CalendarStepSchedule implements StepSchedule {

    private final WorkingCalendar calendar;

    CalendarStepSchedule(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public List<StepDue> schedule(Instant received, WorkingDays legalTime, List<ProcessingStep> steps,
            List<Pause> pauses) {
        if (steps == null || steps.isEmpty()) {
            throw new IllegalArgumentException("no processing steps");
        }
        int sum = 0;
        for (ProcessingStep step : steps) {
            if (step.sharePercent() < 0 || step.sharePercent() > 100) {
                throw new IllegalArgumentException("share must be 0–100: " + step);
            }
            sum += step.sharePercent();
        }
        if (sum != 100) {
            throw new IllegalArgumentException("shares must add up to 100, not " + sum);
        }
        Instant start = calendar.countingStart(received);
        Instant due = calendar.deadline(start, legalTime, pauses);
        long halfDaySeconds = calendar.workingDayLength().toSeconds() / 2;
        long totalSeconds = halfDaySeconds * legalTime.halves();
        List<StepDue> result = new ArrayList<>(steps.size());
        int cumulative = 0;
        for (ProcessingStep step : steps) {
            cumulative += step.sharePercent();
            Instant stepDue;
            if (cumulative == 100) {
                stepDue = due;
            } else {
                long seconds = Math.multiplyExact(totalSeconds, (long) cumulative) / 100 / 60 * 60;
                stepDue = afterWorkingTime(start, seconds, halfDaySeconds, pauses);
            }
            result.add(new StepDue(step, stepDue));
        }
        return List.copyOf(result);
    }

    /** The first instant at which {@code seconds} of working time outside the pauses have elapsed since {@code start}. */
    private Instant afterWorkingTime(Instant start, long seconds, long halfDaySeconds, List<Pause> pauses) {
        if (seconds == 0) {
            return start;
        }
        int halves = Math.toIntExact(seconds / halfDaySeconds);
        Instant low = calendar.deadline(start, new WorkingDays(halves), pauses);
        long rest = seconds - halves * halfDaySeconds;
        if (rest == 0) {
            return low;
        }
        Instant high = calendar.deadline(start, new WorkingDays(halves + 1), pauses);
        // Smallest k with workingTime(low, low + k s) >= rest; it exists because workingTime(low, high) = half a day.
        long lo = 0;
        Duration span = Duration.between(low, high);
        long hi = span.toSeconds() + (span.toNanosPart() > 0 ? 1 : 0);
        while (lo < hi) {
            long mid = lo + (hi - lo) / 2;
            if (calendar.workingTime(low, low.plusSeconds(mid), pauses).toSeconds() >= rest) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return low.plusSeconds(lo);
    }
}
