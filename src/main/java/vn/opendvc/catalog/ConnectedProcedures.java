package vn.opendvc.catalog;

import java.util.List;
import java.util.Optional;

/** The connected procedures (thủ tục liên thông) of the catalog and their members. */
public interface ConnectedProcedures {

    /** The composition when {@code procedureId} is a connected procedure; empty for an ordinary one. */
    Optional<Composition> of(long procedureId);

    List<Composition> all();

    /** Whether {@code procedureId} is a connected procedure (cheaper than {@link #of}: the members are not read). */
    boolean isConnected(long procedureId);

    /**
     * An ADMIN makes {@code procedureId} a connected procedure of these members, or changes the members of one. The
     * definition is checked whole against the catalog (codes, agency kinds, dependencies without a cycle, mappings
     * to fields and documents that exist, hand-offs only from members depended on) and stored whole or not at all;
     * {@link CatalogChanged} is published. A dossier already submitted keeps the composition it was submitted under.
     *
     * @throws vn.opendvc.web.Problem 400 with a message per wrong field ({@code members[i].code}, …)
     */
    Composition define(long procedureId, List<Composition.MemberDefinition> members, long byAccountId);
}
