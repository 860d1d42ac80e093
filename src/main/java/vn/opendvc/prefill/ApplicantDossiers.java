package vn.opendvc.prefill;

import vn.opendvc.identity.CurrentUser;

/**
 * Whether a dossier is an applicant's own, so that a lookup is logged only against a dossier of the person whose
 * data it reads. Implemented by the dossier module, which owns dossiers (and already depends on this module).
 */
public interface ApplicantDossiers {

    /** True when {@code applicant} applied for the dossier (or it was registered for them). */
    boolean isOwn(CurrentUser applicant, long dossierId);
}
