package vn.opendvc.dossier.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.opendvc.calendar.Pause;
import vn.opendvc.calendar.WorkingDays;
import vn.opendvc.dossier.Dossier;
import vn.opendvc.identity.Role;
import vn.opendvc.workflow.ProcessingStep;
import vn.opendvc.workflow.ProcessingSteps;
import vn.opendvc.workflow.StepDue;
import vn.opendvc.workflow.StepSchedule;

/** A dossier's internal processing steps with their due times, and how actions move through them. */
@Component
class StepPlan {

    private final ProcessingSteps processingSteps;
    private final StepSchedule schedule;

    StepPlan(ProcessingSteps processingSteps, StepSchedule schedule) {
        this.processingSteps = processingSteps;
        this.schedule = schedule;
    }

    /**
     * The dossier's steps with their due times: the procedure's steps at reception, afterwards the dossier's own
     * (so that a later change of the procedure's steps does not move a dossier already in processing).
     */
    List<Dossier.Step> plan(DossierStore.Row row, Instant received, List<Pause> pauses, List<Dossier.Step> existing) {
        List<ProcessingStep> planned = existing.isEmpty() ? processingSteps.of(row.procedureId())
                : existing.stream().map(s -> new ProcessingStep(s.position(), s.name(), Role.valueOf(s.role()),
                        s.sharePercent())).toList();
        List<StepDue> dues = schedule.schedule(received, WorkingDays.of(row.processingDays()), planned, pauses);
        List<Dossier.Step> steps = new ArrayList<>();
        for (StepDue due : dues) {
            Instant doneAt = existing.stream().filter(s -> s.position() == due.step().position()).findFirst()
                    .map(Dossier.Step::doneAt).orElse(null);
            steps.add(new Dossier.Step(due.step().position(), due.step().name(), due.step().role().name(),
                    due.step().sharePercent(), due.due(), doneAt));
        }
        return steps;
    }

    /** After an apology, the steps still open share the time up to the new date in the same proportions. */
    static List<Dossier.Step> rescheduled(List<Dossier.Step> steps, Instant oldDue, Instant newDue) {
        Duration shift = Duration.between(oldDue, newDue);
        return steps.stream().map(s -> s.doneAt() != null || s.dueAt() == null ? s
                : new Dossier.Step(s.position(), s.name(), s.role(), s.sharePercent(), s.dueAt().plus(shift), null))
                .toList();
    }

    static List<Dossier.Step> done(List<Dossier.Step> steps, int position, Instant at) {
        return steps.stream().map(s -> s.position() == position
                ? new Dossier.Step(s.position(), s.name(), s.role(), s.sharePercent(), s.dueAt(), at) : s).toList();
    }

    /** The steps from {@code position} on are open again. */
    static List<Dossier.Step> reopened(List<Dossier.Step> steps, int position) {
        return steps.stream().map(s -> s.position() >= position
                ? new Dossier.Step(s.position(), s.name(), s.role(), s.sharePercent(), s.dueAt(), null) : s).toList();
    }
}
