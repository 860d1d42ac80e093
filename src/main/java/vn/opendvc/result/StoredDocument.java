package vn.opendvc.result;

/** A document of the store with its bytes. */
public record StoredDocument(StoreEntry entry, byte[] content) {
}
