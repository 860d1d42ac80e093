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
}
