package vn.opendvc.result;

import java.time.Instant;
import java.util.List;

/**
 * What a generated result shows.
 *
 * @param reference       the id of what the result answers (the dossier id)
 * @param dossierCode     the dossier code printed on the result
 * @param procedureName   the procedure the result concludes
 * @param resultType      what the document is, e.g. {@code Giấy khai sinh}; its title
 * @param agencyCode      issuing agency code; selects the signing key
 * @param agencyName      issuing agency name, printed and named by the certificate
 * @param holderAccountId the holder's account, or {@code null} when the holder has none
 * @param holderName      to whom the result is issued
 * @param holderIdNumber  the holder's personal ID number or tax code, may be {@code null}
 * @param fields          the declared fields, in the order they are printed
 * @param issuedAt        when it is issued
 * @param signerName      the person who signs for the agency
 */
public record ResultRequest(long reference, String dossierCode, String procedureName, String resultType,
        String agencyCode, String agencyName, Long holderAccountId, String holderName, String holderIdNumber,
        List<DeclaredField> fields, Instant issuedAt, String signerName) {

    public ResultRequest {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }
}
