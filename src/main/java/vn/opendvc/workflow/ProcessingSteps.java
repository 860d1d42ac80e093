package vn.opendvc.workflow;

import java.util.List;
import java.util.Set;

import vn.opendvc.identity.Role;

/**
 * The internal processing steps (quy trình nội bộ) of each procedure of the catalog.
 *
 * <h2>Default steps</h2>
 * A procedure without configured steps follows {@link #DEFAULT}, the one-stop model of Decree 61/2018 and
 * Decree 118/2025: the one-stop desk receives the dossier, the specialist department examines it, a leader approves
 * and signs, the one-stop desk returns the result. Shares 10/60/20/10 because
 * <ul>
 * <li>receiving and returning are desk work (checking completeness, handing over, notifying the applicant): a tenth
 * of the time each — half a day of a 5-day procedure, one day of a 10-day one;</li>
 * <li>the substantive examination, with its possible verification and consultation of other agencies, is most of the
 * work: 60%;</li>
 * <li>approval and signature by a leader takes a fifth, enough to return a draft once for correction;</li>
 * <li>for the common legal times (multiples of 5 working days) every step then ends on a half working day.</li>
 * </ul>
 *
 * <h2>Rules for configured steps</h2>
 * At least {@value #MIN_STEPS} and at most {@value #MAX_STEPS} steps; the first step and the last one (returning the
 * result) are done by {@link Role#RECEIVER}; every role is one of {@link #ROLES}; names are not blank and at most
 * {@value #MAX_NAME_LENGTH} characters (surrounding spaces are dropped); shares are 0–100 and add up to exactly 100.
 * The order of the list is the order of the steps: positions are renumbered 1..n on saving.
 */
public interface ProcessingSteps {

    int MIN_STEPS = 2;
    int MAX_STEPS = 20;
    int MAX_NAME_LENGTH = 200;

    /** The roles that may be responsible for a step. */
    Set<Role> ROLES = Set.of(Role.RECEIVER, Role.SPECIALIST, Role.LEADER);

    /** The steps of a procedure without configured steps (shares explained in the class description). */
    List<ProcessingStep> DEFAULT = List.of(
            new ProcessingStep(1, "Tiếp nhận hồ sơ", Role.RECEIVER, 10),
            new ProcessingStep(2, "Thẩm định, xử lý hồ sơ", Role.SPECIALIST, 60),
            new ProcessingStep(3, "Phê duyệt, ký kết quả", Role.LEADER, 20),
            new ProcessingStep(4, "Trả kết quả", Role.RECEIVER, 10));

    /**
     * The steps in force for a procedure, ordered by position: the configured ones, or {@link #DEFAULT}.
     *
     * @throws UnknownProcedure when the catalog has no such procedure
     */
    List<ProcessingStep> of(long procedureId);

    /**
     * Whether the procedure follows {@link #DEFAULT} because no steps were configured for it.
     *
     * @throws UnknownProcedure when the catalog has no such procedure
     */
    boolean isDefault(long procedureId);

    /**
     * Replaces the steps of a procedure (the list order is the step order) and records the change. Saving the steps
     * already in force changes and records nothing.
     *
     * @throws InvalidSteps     listing every broken rule (see the class description); nothing is saved
     * @throws UnknownProcedure when the catalog has no such procedure
     */
    void replace(long procedureId, List<ProcessingStep> steps, String changedBy);

    /**
     * Removes the configured steps so that the procedure follows {@link #DEFAULT} again, and records the change
     * (nothing happens when it already does).
     *
     * @throws UnknownProcedure when the catalog has no such procedure
     */
    void reset(long procedureId, String changedBy);

    /**
     * Checks steps against the rules without saving anything.
     *
     * @return every broken rule, empty when the steps may be saved
     */
    List<InvalidSteps.Violation> check(List<ProcessingStep> steps);

    /** The recorded changes of a procedure's steps, newest first. */
    List<StepChange> changes(long procedureId);

    /** The ids of the procedures with configured (non-default) steps, most recently changed first. */
    List<Long> configuredProcedures();
}
