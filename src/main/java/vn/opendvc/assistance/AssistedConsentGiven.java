package vn.opendvc.assistance;

import java.time.Instant;

/**
 * A citizen consented to an agent submitting a dossier for them.
 *
 * @param method {@code ONE_TIME_CODE} (a code sent to the citizen's own phone or e-mail, typed in by the agent) or
 *               {@code SIGNED_SLIP} (a printed consent slip signed in person, its scan uploaded by the agent)
 */
public record AssistedConsentGiven(long consentId, long agentId, long citizenId, long dossierId, String method,
        Instant at) {
}
