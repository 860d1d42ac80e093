package vn.opendvc.assistance.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.opendvc.files.ReferencedFiles;

/** The scans of signed consent slips, kept as the record of the consent, for the file store's orphan sweeper. */
@Repository
class SlipFileReferences implements ReferencedFiles {

    private final JdbcClient jdbc;

    SlipFileReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> referenced(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select slip_key from assisted_consent where slip_key in (:keys)")
                .param("keys", keys).query(String.class).list());
    }
}
