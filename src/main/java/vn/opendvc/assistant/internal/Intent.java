package vn.opendvc.assistant.internal;

/** What the citizen wants to know about a procedure (or about their dossier). */
public enum Intent {
    /** Which procedure fits: the default. */
    PROCEDURE,
    DOCUMENTS,
    FEE,
    TIME,
    WHERE,
    PAYMENT,
    STATUS,
    SUBMIT
}
