package vn.opendvc.dossier.letters;

import java.time.Instant;
import java.util.List;

/**
 * "Phiếu từ chối tiếp nhận, giải quyết hồ sơ": a dossier the office cannot accept, with the reasons (at least one).
 * Every field is required.
 */
public record Refusal(
        Issuer issuer,
        String dossierCode,
        String applicantName,
        String procedureName,
        Instant issuedAt,
        List<String> reasons,
        String officerName) {

    public Refusal {
        Required.value(issuer, "refusal.issuer");
        dossierCode = Required.text(dossierCode, "refusal.dossierCode");
        applicantName = Required.text(applicantName, "refusal.applicantName");
        procedureName = Required.text(procedureName, "refusal.procedureName");
        Required.value(issuedAt, "refusal.issuedAt");
        reasons = Required.texts(reasons, "refusal.reasons");
        officerName = Required.text(officerName, "refusal.officerName");
    }
}
