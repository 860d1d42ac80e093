package vn.opendvc.catalog;

/** How far a procedure can be done online. */
public enum OnlineLevel {
    /** Full process: submit, pay and receive the result online or by post. The default. */
    TOAN_TRINH,
    /** Partial: some step still needs the counter; must carry a public reason. */
    MOT_PHAN
}
