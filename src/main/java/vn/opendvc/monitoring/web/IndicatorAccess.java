package vn.opendvc.monitoring.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.opendvc.agency.Agency;
import vn.opendvc.agency.AgencyDirectory;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.identity.Role;
import vn.opendvc.monitoring.Indicators;

/**
 * Who sees the details of an agency's indicators and the dossiers behind them: MONITOR and ADMIN everywhere, a
 * LEADER in the agency they lead and every agency under it, nobody else (the public sees the summary).
 */
@Component
class IndicatorAccess {

    private final AgencyDirectory agencies;

    IndicatorAccess(AgencyDirectory agencies) {
        this.agencies = agencies;
    }

    boolean mayDrillDown(Optional<CurrentUser> user, String scope) {
        return user.map(u -> mayDrillDown(u, scope)).orElse(false);
    }

    boolean mayDrillDown(CurrentUser user, String scope) {
        if (user.hasRole(Role.MONITOR) || user.hasRole(Role.ADMIN)) {
            return true;
        }
        if (!user.hasRole(Role.LEADER) || user.agencyCode() == null || Indicators.COUNTRY.equals(scope)) {
            return false;
        }
        return trail(scope).stream().anyMatch(a -> a.code().equals(user.agencyCode()));
    }

    /** The agency and the agencies above it, the top-level one first; empty for the country or an unknown code. */
    List<Agency> trail(String scope) {
        List<Agency> out = new ArrayList<>();
        Optional<Agency> current = Indicators.COUNTRY.equals(scope) ? Optional.empty() : agencies.find(scope);
        while (current.isPresent() && out.size() < 50) {
            out.add(current.get());
            String parent = current.get().parentCode();
            current = parent == null ? Optional.empty() : agencies.find(parent);
        }
        Collections.reverse(out);
        return out;
    }

    Optional<Agency> find(String code) {
        return agencies.find(code);
    }
}
