package vn.opendvc.workflow;

import vn.opendvc.identity.Role;

/**
 * One internal processing step of a procedure.
 *
 * @param position     1-based order of the step within its procedure
 * @param name         what is done, in Vietnamese (e.g. "Thẩm định, xử lý hồ sơ"), at most
 *                     {@value ProcessingSteps#MAX_NAME_LENGTH} characters
 * @param role         who does it: {@link Role#RECEIVER}, {@link Role#SPECIALIST} or {@link Role#LEADER}
 * @param sharePercent the step's share of the procedure's legal processing time, 0–100; the shares of a procedure
 *                     add up to exactly 100
 */
public record ProcessingStep(int position, String name, Role role, int sharePercent) {
}
