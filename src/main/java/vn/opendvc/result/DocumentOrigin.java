package vn.opendvc.result;

/** Where a document in the citizen's store comes from. */
public enum DocumentOrigin {
    /** An electronic result issued to the citizen. */
    ISSUED_RESULT,
    /** A document the citizen uploaded. */
    UPLOADED
}
