package vn.opendvc.result;

import java.time.Instant;

/**
 * A result an officer uploads already signed (e.g. signed with the agency's own signing device); stored unchanged.
 *
 * @param fileName the uploaded file's name, kept for the download
 * @param pdf      the signed PDF, byte for byte
 */
public record SignedResultUpload(long reference, String dossierCode, String procedureName, String resultType,
        String agencyCode, String agencyName, Long holderAccountId, String holderName, String holderIdNumber,
        Instant issuedAt, String fileName, byte[] pdf) {
}
