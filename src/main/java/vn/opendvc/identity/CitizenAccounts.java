package vn.opendvc.identity;

import java.util.Optional;

/**
 * Citizens' accounts as a post-office agent or a community helper finds or opens them at the desk, to submit a
 * dossier for the citizen (with the citizen's consent, recorded by the assistance module).
 */
public interface CitizenAccounts {

    /** The enabled citizen account holding this 12-digit personal ID number (spaces allowed). */
    Optional<CurrentUser> findByPersonalId(String personalId);

    /**
     * Opens a citizen account for someone who has none. It has no password: the citizen takes it over by signing in
     * with the national e-ID (which links it by the ID number). Self-declared until someone checks the ID card.
     *
     * @param phone the citizen's own phone, where one-time codes for consent go; {@code null} for a citizen who has
     *              none (consent then on a signed slip; followed through the agent, the counter or e-ID sign-in)
     * @throws IllegalArgumentException naming the field ({@code personalId}, {@code fullName}, {@code phone}) that is
     *                                  not valid, or {@code personalId} when an account holds the number already
     */
    CurrentUser openForCitizen(CurrentUser agent, String personalId, String fullName, String phone);
}
