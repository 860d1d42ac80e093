package vn.opendvc.result;

import java.time.Instant;

/**
 * One document in a citizen's store (kho dữ liệu), without its bytes.
 *
 * @param verificationId the result's verification id when the document is an issued result, otherwise {@code null}
 * @param reusable       whether it may be taken into a new dossier instead of being uploaded again
 */
public record StoreEntry(long id, long ownerAccountId, String name, String mediaType, long sizeBytes, String sha256,
        DocumentOrigin origin, boolean reusable, String verificationId, Instant createdAt) {
}
