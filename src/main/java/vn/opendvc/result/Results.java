package vn.opendvc.result;

import java.util.List;
import java.util.Optional;

/** Issuing, storing and finding electronic results, and the citizen's document store. */
public interface Results {

    /**
     * Generates the result document, signs it with the issuing agency's key and stores it. When the holder has an
     * account, the result also lands in the holder's document store.
     *
     * @throws ResultRejected when the request lacks what a result must show
     */
    IssuedResult issue(ResultRequest request);

    /**
     * Stores a result an officer uploads already signed, byte for byte as it came.
     *
     * @throws ResultRejected when the file is not a PDF
     */
    IssuedResult store(SignedResultUpload upload);

    /** A result by its public verification id. */
    Optional<IssuedResult> find(String verificationId);

    /** Every result issued for one reference (a dossier id), newest first. */
    List<IssuedResult> forReference(long reference);

    /** The stored bytes of a result, exactly as issued. */
    byte[] content(String verificationId);

    /**
     * Stores a document of a citizen (not yet reusable), judged like every upload of the portal: its type is detected
     * from the content, which must parse as that type and hold nothing unsafe, within the upload size limit.
     *
     * @throws ResultRejected    when the document is empty, has no name, or is refused as an upload
     * @throws DocumentStoreFull when the owner's store already holds as many documents or bytes as the quota allows
     */
    StoreEntry storeDocument(long ownerAccountId, String name, byte[] content);

    /** Marks one of the owner's documents reusable; false when the owner has no such document. */
    boolean markReusable(long ownerAccountId, long documentId);

    /** The owner's document store: issued results and the documents the owner marked reusable, newest first. */
    List<StoreEntry> documents(long ownerAccountId);

    /** One of the owner's documents with its bytes; empty when it does not exist or belongs to someone else. */
    Optional<StoredDocument> document(long ownerAccountId, long documentId);
}
