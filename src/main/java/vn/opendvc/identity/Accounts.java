package vn.opendvc.identity;

import java.util.List;
import java.util.Optional;

/** Read access to accounts for other modules. */
public interface Accounts {

    Optional<CurrentUser> find(long accountId);

    Optional<CurrentUser> findByUsername(String username);

    Optional<AccountProfile> profile(long accountId);

    /** Enabled officers of one agency holding the role, e.g. the specialists a dossier can be handed to. */
    List<CurrentUser> officers(String agencyCode, Role role);
}
