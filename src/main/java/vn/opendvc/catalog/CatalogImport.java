package vn.opendvc.catalog;

import java.io.InputStream;

/**
 * Imports catalog files; each import is idempotent (same file twice changes nothing; changed records are updated)
 * and all-or-nothing (a bad record rejects the whole file with the reason).
 */
public interface CatalogImport {

    /** Procedures configured for online submission, in the format of {@code seed/procedures.json}. */
    Report importConfigured(InputStream json);

    /** Reference entries of the national procedure database, in the format of {@code seed/national-catalog.jsonl}. */
    Report importReference(InputStream jsonLines);

    record Report(int inserted, int updated, int unchanged) {
        public int total() {
            return inserted + updated + unchanged;
        }
    }

    /** A file that cannot be imported; the message says which record and why. */
    class InvalidCatalogFile extends RuntimeException {
        public InvalidCatalogFile(String message) {
            super(message);
        }
    }
}
