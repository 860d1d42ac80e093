package vn.opendvc.workflow;

import java.time.Instant;

/** When a step of a dossier must be finished (see {@link StepSchedule} for the rule). */
public record StepDue(ProcessingStep step, Instant due) {
}
