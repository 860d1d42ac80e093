package vn.opendvc.dossier.internal;

import org.springframework.stereotype.Component;

import vn.opendvc.dossier.Dossiers;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.prefill.ApplicantDossiers;

/** Answers the prefill module through the dossier API: the dossier must exist and have this applicant. */
@Component
class OwnDossiersForPrefill implements ApplicantDossiers {

    private final Dossiers dossiers;

    OwnDossiersForPrefill(Dossiers dossiers) {
        this.dossiers = dossiers;
    }

    @Override
    public boolean isOwn(CurrentUser applicant, long dossierId) {
        return dossiers.find(applicant, dossierId).filter(d -> d.applicantId() == applicant.accountId()).isPresent();
    }
}
