package vn.opendvc.result;

import java.time.Instant;

/**
 * A result was issued (generated and signed, or an officer's signed upload stored), recorded in the issuing
 * transaction. It names the document, not its holder: who holds it is asked of {@link Results#find}.
 *
 * @param reference   what the result answers, a dossier id ({@link ResultRequest#reference()})
 * @param dossierCode the dossier's code printed on the result, {@code null} when it had none
 * @param sha256      lower-case hex SHA-256 of the stored bytes (what {@code /verify} compares an upload with)
 */
public record ResultIssued(String verificationId, ResultOrigin origin, long reference, String dossierCode,
        String resultType, String agencyCode, Instant issuedAt, String sha256) {

    public static ResultIssued of(IssuedResult result) {
        return new ResultIssued(result.verificationId(), result.origin(), result.reference(), result.dossierCode(),
                result.resultType(), result.agencyCode(), result.issuedAt(), result.sha256());
    }
}
