package vn.opendvc.dossier.letters;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * "Thông báo kết quả giải quyết hồ sơ": the result an office issues when the officer completing the dossier attaches
 * no result file of their own — what was decided, for whom, on the information the applicant declared.
 *
 * @param declared the form as declared, field key to value, printed as the basis of the decision
 */
public record ResultNotice(
        Issuer issuer,
        String dossierCode,
        String applicantName,
        String procedureName,
        String resultType,
        Map<String, String> declared,
        Instant issuedAt,
        String signerTitle,
        String signerName) {

    public ResultNotice {
        Required.value(issuer, "result.issuer");
        dossierCode = Required.text(dossierCode, "result.dossierCode");
        applicantName = Required.text(applicantName, "result.applicantName");
        procedureName = Required.text(procedureName, "result.procedureName");
        resultType = Required.text(resultType, "result.resultType");
        declared = declared == null ? Map.of() : new LinkedHashMap<>(declared);
        Required.value(issuedAt, "result.issuedAt");
        signerTitle = Required.text(signerTitle, "result.signerTitle");
        signerName = Required.text(signerName, "result.signerName");
    }
}
