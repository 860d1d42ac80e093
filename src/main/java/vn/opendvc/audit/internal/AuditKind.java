package vn.opendvc.audit.internal;

import java.util.List;

/** The kinds of entry, as stored in {@code audit_entry.kind} and offered as a filter on the audit page. */
final class AuditKind {

    static final String DOSSIER_TRANSITION = "DOSSIER_TRANSITION";
    static final String PAYMENT_SUCCEEDED = "PAYMENT_SUCCEEDED";
    static final String PAYMENT_FAILED = "PAYMENT_FAILED";
    static final String PAYMENT_EXPIRED = "PAYMENT_EXPIRED";
    static final String PAYMENT_REFUND_DUE = "PAYMENT_REFUND_DUE";
    static final String PAYMENT_REFUNDED = "PAYMENT_REFUNDED";
    static final String LOGIN = "LOGIN";
    static final String LOGIN_FAILED = "LOGIN_FAILED";
    static final String REGISTRY_ACCESS = "REGISTRY_ACCESS";
    static final String CALENDAR_CHANGE = "CALENDAR_CHANGE";
    static final String STEPS_CHANGE = "STEPS_CHANGE";
    static final String DISCOUNT_CHANGE = "DISCOUNT_CHANGE";
    static final String CATALOG_CHANGE = "CATALOG_CHANGE";
    static final String ASSURANCE_CHANGE = "ASSURANCE_CHANGE";
    static final String ACCOUNT_CHANGE = "ACCOUNT_CHANGE";
    static final String REGISTRATION_REFUSED = "REGISTRATION_REFUSED";
    static final String PASSWORD_CHANGE = "PASSWORD_CHANGE";
    static final String ASSISTED_CONSENT = "ASSISTED_CONSENT";
    static final String CONNECTED_HAND_OFF = "CONNECTED_HAND_OFF";
    static final String CONNECTED_WITHDRAWAL = "CONNECTED_WITHDRAWAL";

    static final List<String> ALL = List.of(DOSSIER_TRANSITION, PAYMENT_SUCCEEDED, PAYMENT_FAILED, PAYMENT_EXPIRED,
            PAYMENT_REFUND_DUE, PAYMENT_REFUNDED, LOGIN, LOGIN_FAILED, REGISTRY_ACCESS, CALENDAR_CHANGE, STEPS_CHANGE,
            DISCOUNT_CHANGE, CATALOG_CHANGE, ASSURANCE_CHANGE, ACCOUNT_CHANGE, REGISTRATION_REFUSED, PASSWORD_CHANGE,
            ASSISTED_CONSENT, CONNECTED_HAND_OFF, CONNECTED_WITHDRAWAL);

    private AuditKind() {
    }
}
