package vn.opendvc.dossier;

import java.util.Optional;

/**
 * Dossiers handled in other one-stop systems and reported here (by the sync module): the public lookup finds them by
 * code and the last four digits of the applicant's phone, as it finds native ones.
 */
public interface ReportedDossiers {

    /** The reported dossier with this code whose applicant's phone ends with {@code phoneLast4}. */
    Optional<Dossiers.LookupResult> lookup(String code, String phoneLast4);
}
