package vn.opendvc.workflow;

import java.time.Instant;
import java.util.List;

/**
 * One audited change of a procedure's steps.
 *
 * @param action  {@code REPLACED} (an admin saved a list of steps) or {@code RESET} (back to the default steps)
 * @param before  the steps in force before the change (the default steps if none were configured)
 * @param after   the steps in force after the change
 */
public record StepChange(long id, long procedureId, String action, List<ProcessingStep> before,
        List<ProcessingStep> after, String changedBy, Instant changedAt) {

    public StepChange {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }
}
