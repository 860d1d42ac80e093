package vn.opendvc.dossier;

import java.time.Instant;

/**
 * A file of a dossier: an attached document, the result, or a letter the office issued.
 *
 * @param document       for an attachment, the name of the required document it answers
 * @param sha256         hex digest of the stored bytes
 * @param source         how the file came: uploaded, reused from the citizen's document store, or issued
 * @param verificationId for a result, its public verification id ({@code /verify/{id}}), otherwise {@code null}
 */
public record DossierFile(long id, Kind kind, String document, String fileName, String mediaType, long size,
        String sha256, Source source, String verificationId, Instant at) {

    public enum Kind { DOCUMENT, RESULT, RECEIPT, SUPPLEMENT_REQUEST, REFUSAL, APOLOGY }

    /** Where a file came from; reuse and digitisation feed the indicators. */
    public enum Source { UPLOADED, FROM_STORE, DIGITIZED, ISSUED }
}
