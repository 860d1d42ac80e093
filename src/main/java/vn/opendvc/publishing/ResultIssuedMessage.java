package vn.opendvc.publishing;

import java.time.Instant;

/**
 * A dossier's electronic result was issued, on {@link Topics#RESULT_ISSUED}; schema
 * {@code publishing/schema/result-issued-v1.json}. It names the document (type, fingerprint), not its holder, and
 * leaves out the verification id: the page it opens shows the holder's name to whoever has the link.
 *
 * @param origin {@code GENERATED} (made and signed by the portal) or {@code UPLOADED} (an officer's signed file)
 * @param sha256 lower-case hex SHA-256 of the document: a copy handed to the consumer can be checked against it
 */
public record ResultIssuedMessage(int schemaVersion, String messageId, long dossierId, String dossierCode,
        String agencyCode, String procedureCode, String resultType, String origin, String sha256,
        Instant issuedAt) {

    public static final int SCHEMA_VERSION = 1;
}
