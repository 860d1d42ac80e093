package vn.opendvc.catalog.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.opendvc.catalog.Composition;

/**
 * The connected procedures' compositions ({@code catalog_composition}): one row per connected procedure, named by its
 * national code or, where it has none, its exact name (as the shipped file names it); the members are one JSON value.
 */
@Component
class CompositionStore {

    private static final TypeReference<List<Composition.MemberDefinition>> MEMBERS = new TypeReference<>() { };

    /** One stored composition. */
    record Entry(String procedure, List<Composition.MemberDefinition> members) {
    }

    /** Changes when a row is added or changed: another node's change is noticed by comparing it. */
    record Version(long rows, Timestamp lastChange) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    CompositionStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    List<Entry> all() {
        return jdbc.sql("select procedure_key, members from catalog_composition order by procedure_key")
                .query((rs, n) -> new Entry(rs.getString(1), json.readValue(rs.getString(2), MEMBERS))).list();
    }

    Version version() {
        return jdbc.sql("select count(*), max(updated_at) from catalog_composition")
                .query((rs, n) -> new Version(rs.getLong(1), rs.getTimestamp(2))).single();
    }

    /** @return whether the row is new (else it was replaced) */
    boolean save(String procedure, List<Composition.MemberDefinition> members, long byAccountId, Instant at) {
        String text = json.writeValueAsString(members);
        if (jdbc.sql("update catalog_composition set members = ?, updated_at = ?, updated_by = ? where procedure_key = ?")
                .params(text, Timestamp.from(at), byAccountId, procedure).update() == 1) {
            return false;
        }
        jdbc.sql("insert into catalog_composition (procedure_key, members, updated_at, updated_by) values (?, ?, ?, ?)")
                .params(procedure, text, Timestamp.from(at), byAccountId).update();
        return true;
    }

    /**
     * The shipped composition, unless one of that name is stored already (an ADMIN's change is kept over the file).
     *
     * @return whether it was added
     */
    boolean seed(Entry entry, Instant at) {
        if (jdbc.sql("select count(*) from catalog_composition where procedure_key = ?").param(entry.procedure())
                .query(Long.class).single() > 0) {
            return false;
        }
        // two nodes starting together: the second one's insert fails on the key, and its seed is left to the first
        return jdbc.sql("insert into catalog_composition (procedure_key, members, updated_at) values (?, ?, ?)")
                .params(entry.procedure(), json.writeValueAsString(entry.members()), Timestamp.from(at)).update() == 1;
    }
}
