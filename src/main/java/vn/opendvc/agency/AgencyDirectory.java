package vn.opendvc.agency;

import java.util.List;
import java.util.Optional;

/** Read access to the agency tree for other modules. */
public interface AgencyDirectory {

    Optional<Agency> find(String code);

    /** All agencies, parents before their children. */
    List<Agency> all();

    /** Agencies of one kind, e.g. every commune ({@code XA}). */
    List<Agency> ofKind(String kind);
}
