package vn.opendvc.identity.internal;

import java.time.Instant;

/**
 * A principal that knows when it signed in, so that a session from before the account's credentials were revoked
 * is refused even though it is still in the session store.
 */
public interface SignedIn {

    Instant signedInAt();
}
