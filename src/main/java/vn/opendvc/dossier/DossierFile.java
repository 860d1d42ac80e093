package vn.opendvc.dossier;

import java.time.Instant;

/**
 * A file of a dossier: an attached document, the result, or a letter the office issued.
 *
 * @param document for an attachment, the name of the required document it answers
 * @param sha256   hex digest of the stored bytes
 */
public record DossierFile(long id, Kind kind, String document, String fileName, String mediaType, long size,
        String sha256, Instant at) {

    public enum Kind { DOCUMENT, RESULT, RECEIPT, SUPPLEMENT_REQUEST, REFUSAL, APOLOGY }
}
