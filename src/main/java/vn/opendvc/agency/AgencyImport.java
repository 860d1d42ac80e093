package vn.opendvc.agency;

import java.io.InputStream;

/** Imports an agency file in the format of {@code seed/agencies.json}; idempotent. */
public interface AgencyImport {

    Report importFrom(InputStream json);

    /** A file that cannot be imported; the message says which record and why. Nothing was written. */
    class InvalidAgencyFile extends RuntimeException {
        public InvalidAgencyFile(String message) {
            super(message);
        }
    }

    record Report(int inserted, int updated, int unchanged) {
        public int total() {
            return inserted + updated + unchanged;
        }
    }
}
