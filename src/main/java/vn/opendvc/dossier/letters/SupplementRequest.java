package vn.opendvc.dossier.letters;

import java.time.Instant;
import java.util.List;

/**
 * "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ": the one request that lists everything missing or wrong in a dossier
 * ({@code items}, at least one). {@code note} is optional; everything else is required.
 */
public record SupplementRequest(
        Issuer issuer,
        String dossierCode,
        String applicantName,
        String procedureName,
        Instant issuedAt,
        List<String> items,
        String note,
        String officerName) {

    public SupplementRequest {
        Required.value(issuer, "supplementRequest.issuer");
        dossierCode = Required.text(dossierCode, "supplementRequest.dossierCode");
        applicantName = Required.text(applicantName, "supplementRequest.applicantName");
        procedureName = Required.text(procedureName, "supplementRequest.procedureName");
        Required.value(issuedAt, "supplementRequest.issuedAt");
        items = Required.texts(items, "supplementRequest.items");
        note = Required.optionalText(note);
        officerName = Required.text(officerName, "supplementRequest.officerName");
    }
}
