package vn.opendvc.identity.internal;

/**
 * A self-registration lost a race for its username, ID number or tax code. It must be answered exactly like a
 * successful one (registration never reveals existing accounts); thrown, not returned, so the failed insert rolls
 * back.
 */
public class AlreadyRegistered extends RuntimeException {

    AlreadyRegistered() {
        super("registration raced with another for the same username, ID number or tax code", null, false, false);
    }
}
