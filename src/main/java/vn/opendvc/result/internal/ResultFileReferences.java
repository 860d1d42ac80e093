package vn.opendvc.result.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.opendvc.files.ReferencedFiles;

/** The stored files of issued results and of the citizens' document store, for the file store's orphan sweeper. */
@Repository
class ResultFileReferences implements ReferencedFiles {

    private final JdbcClient jdbc;

    ResultFileReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> referenced(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                select storage_key from result_document where storage_key in (:keys)
                union
                select storage_key from citizen_document where storage_key in (:keys)""")
                .param("keys", keys).query(String.class).list());
    }
}
