package vn.opendvc.payment;

import java.time.Instant;

/**
 * An administrator added, changed or removed an online-payment discount rule (recorded by the audit log).
 *
 * @param action        {@code ADDED}, {@code CHANGED} or {@code REMOVED}
 * @param id            the removed rule's id; {@code null} when added or changed (the rule is known by its scope)
 * @param agencyCode    the rule's agency, or {@code null} for every agency or when removed
 * @param procedureCode the rule's procedure, or {@code null} for every procedure or when removed
 */
public record DiscountChanged(String action, Long id, String agencyCode, String procedureCode, Integer percent,
        String note, String changedBy, Instant at) {
}
