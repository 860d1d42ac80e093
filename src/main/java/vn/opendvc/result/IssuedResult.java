package vn.opendvc.result;

import java.time.Instant;

/**
 * An issued result.
 *
 * @param verificationId  unguessable public id of the verification page {@code /verify/{verificationId}}
 * @param verificationUrl the full public URL printed in the QR code
 * @param signerSubject   subject of the signing certificate ({@code null} for an upload without a signature)
 * @param sha256          lower-case hex SHA-256 of the stored bytes
 * @param storeDocumentId the entry in the holder's document store, {@code null} when the holder has no account
 */
public record IssuedResult(String verificationId, String verificationUrl, ResultOrigin origin, long reference,
        String dossierCode, String procedureName, String resultType, String agencyCode, String agencyName,
        Long holderAccountId, String holderName, String holderIdNumber, String signerName, String signerSubject,
        Instant issuedAt, String fileName, long sizeBytes, String sha256, Long storeDocumentId) {

    @Override
    public String toString() {
        // No personal data in logs.
        return "IssuedResult[" + verificationId + ", reference=" + reference + ", " + origin + "]";
    }
}
