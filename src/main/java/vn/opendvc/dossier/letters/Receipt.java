package vn.opendvc.dossier.letters;

import java.time.Instant;
import java.util.List;

/**
 * "Giấy tiếp nhận hồ sơ và hẹn trả kết quả": issued when a complete dossier is received. The letter is dated the day
 * it was received. {@code applicantPhone} is optional (printed when present); everything else is required, the
 * document list must not be empty and the promised moment must be after the reception.
 */
public record Receipt(
        Issuer issuer,
        String dossierCode,
        String applicantName,
        String applicantPhone,
        String procedureName,
        List<ReceivedDocument> documents,
        Instant receivedAt,
        Instant promisedAt,
        SubmissionChannel channel,
        String officerName) {

    public Receipt {
        Required.value(issuer, "receipt.issuer");
        dossierCode = Required.text(dossierCode, "receipt.dossierCode");
        applicantName = Required.text(applicantName, "receipt.applicantName");
        applicantPhone = Required.optionalText(applicantPhone);
        procedureName = Required.text(procedureName, "receipt.procedureName");
        documents = Required.items(documents, "receipt.documents");
        Required.value(receivedAt, "receipt.receivedAt");
        Required.value(promisedAt, "receipt.promisedAt");
        Required.after(promisedAt, "receipt.promisedAt", receivedAt, "receipt.receivedAt");
        Required.value(channel, "receipt.channel");
        officerName = Required.text(officerName, "receipt.officerName");
    }
}
