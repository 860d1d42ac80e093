package vn.opendvc.identity;

/** How well the identity behind an account is established. */
public enum AssuranceLevel {
    /** Self-declared at registration or created by an administrator. */
    LOCAL,
    /** Verified by signing in with the national electronic identity (e-ID). */
    EID
}
