package vn.opendvc.dossier.letters;

import java.time.Instant;

/**
 * "Phiếu xin lỗi và hẹn lại ngày trả kết quả": a dossier that will miss its promised date gets an apology and a new
 * date, signed by the responsible officer or leader ({@code signerTitle}, for example "Giám đốc", and
 * {@code signerName}). Every field is required and the new date must be after the original one.
 */
public record ApologyLetter(
        Issuer issuer,
        String dossierCode,
        String applicantName,
        String procedureName,
        Instant issuedAt,
        Instant originalPromisedAt,
        Instant newPromisedAt,
        String reason,
        String signerTitle,
        String signerName) {

    public ApologyLetter {
        Required.value(issuer, "apology.issuer");
        dossierCode = Required.text(dossierCode, "apology.dossierCode");
        applicantName = Required.text(applicantName, "apology.applicantName");
        procedureName = Required.text(procedureName, "apology.procedureName");
        Required.value(issuedAt, "apology.issuedAt");
        Required.value(originalPromisedAt, "apology.originalPromisedAt");
        Required.value(newPromisedAt, "apology.newPromisedAt");
        Required.after(newPromisedAt, "apology.newPromisedAt", originalPromisedAt, "apology.originalPromisedAt");
        reason = Required.text(reason, "apology.reason");
        signerTitle = Required.text(signerTitle, "apology.signerTitle");
        signerName = Required.text(signerName, "apology.signerName");
    }
}
