package vn.opendvc.connected.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;
import vn.opendvc.catalog.Composition;
import vn.opendvc.catalog.ConnectedProcedures;
import vn.opendvc.dossier.Dossier;

/**
 * The composition each connected procedure's dossier was submitted under ({@code connected_parent}), kept whole at the
 * submission: an ADMIN may change the catalog's composition at any time, and a dossier under way keeps the members,
 * dependencies, hand-offs and legal time it started with.
 */
@Component
class SubmittedCompositions {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ConnectedProcedures connected;

    SubmittedCompositions(JdbcClient jdbc, JsonMapper json, ConnectedProcedures connected) {
        this.jdbc = jdbc;
        this.json = json;
        this.connected = connected;
    }

    void keep(long parentId, Composition composition, Instant at) {
        jdbc.sql("insert into connected_parent (parent_id, composition, submitted_at) values (?, ?, ?)")
                .params(parentId, json.writeValueAsString(composition), Timestamp.from(at)).update();
    }

    /** The composition {@code parent} was submitted under; empty when it is no connected procedure's dossier. */
    Optional<Composition> of(Dossier parent) {
        return of(parent.id(), parent.procedureId());
    }

    /**
     * A dossier with no snapshot follows the catalog only when it has members (submitted before snapshots were kept):
     * an ordinary dossier of a procedure an ADMIN made connected afterwards stays ordinary.
     */
    Optional<Composition> of(long parentId, long procedureId) {
        return jdbc.sql("select composition from connected_parent where parent_id = ?").param(parentId)
                .query(String.class).optional().map(text -> json.readValue(text, Composition.class))
                .or(() -> hasMembers(parentId) ? connected.of(procedureId) : Optional.empty());
    }

    private boolean hasMembers(long parentId) {
        return jdbc.sql("select count(*) from connected_member where parent_id = ?").param(parentId)
                .query(Long.class).single() > 0;
    }
}
