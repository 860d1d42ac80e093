package vn.opendvc.prefill;

import vn.opendvc.identity.CurrentUser;

/**
 * What to prefill and for whom.
 *
 * @param procedureId the procedure whose form is filled
 * @param actor       who asks (the citizen, or an agent acting for them)
 * @param subject     whose data fills the form (a citizen or a business)
 * @param dossierId   the dossier being prepared, when there is one
 * @param consent     whether the subject agreed to a lookup in national databases for this purpose
 */
public record PrefillRequest(long procedureId, CurrentUser actor, CurrentUser subject, Long dossierId,
        boolean consent) {

    /** A citizen or business filling their own form. */
    public static PrefillRequest own(long procedureId, CurrentUser user, Long dossierId, boolean consent) {
        return new PrefillRequest(procedureId, user, user, dossierId, consent);
    }
}
