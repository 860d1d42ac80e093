package vn.opendvc.agency;

import java.io.InputStream;

/** Imports an agency file in the format of {@code seed/agencies.json}; idempotent. */
public interface AgencyImport {

    Report importFrom(InputStream json);

    record Report(int inserted, int updated, int unchanged) {
        public int total() {
            return inserted + updated + unchanged;
        }
    }
}
