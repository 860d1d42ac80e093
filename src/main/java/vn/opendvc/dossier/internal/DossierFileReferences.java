package vn.opendvc.dossier.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.opendvc.files.ReferencedFiles;

/** The stored files the dossiers use (attachments, letters, results), for the file store's orphan sweeper. */
@Repository
class DossierFileReferences implements ReferencedFiles {

    private final JdbcClient jdbc;

    DossierFileReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> referenced(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select storage_key from dossier_file where storage_key in (:keys)")
                .param("keys", keys).query(String.class).list());
    }
}
