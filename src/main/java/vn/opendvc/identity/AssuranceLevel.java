package vn.opendvc.identity;

/**
 * How well the identity behind an account is established. Only a proven ID number or tax code opens the national
 * registries (prefill, registry checks): anyone can type someone else's number when registering.
 */
public enum AssuranceLevel {
    /** Self-declared at registration or created by an administrator: the number is only claimed. */
    LOCAL,
    /** The holder showed an identity document to an officer or a post-office agent, who recorded it. */
    IN_PERSON,
    /** Verified by signing in with the national electronic identity (e-ID). */
    EID;

    /** Whether the account's ID number or tax code was proven to belong to its holder. */
    public boolean proven() {
        return this != LOCAL;
    }
}
