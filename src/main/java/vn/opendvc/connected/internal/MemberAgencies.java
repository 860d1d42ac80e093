package vn.opendvc.connected.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.opendvc.agency.Agency;
import vn.opendvc.agency.AgencyDirectory;
import vn.opendvc.dossier.DossierProblem;
import vn.opendvc.web.Message;

/**
 * Which agency handles a member, from the commune the connected procedure was submitted to and the agency tree: the
 * commune itself when the member is received by communes; else that commune's own agency of the kind (its code
 * starts with the commune's, e.g. the commune police {@code DNG-HAICHAU-CONGAN}); else the only agency of the kind in
 * the commune's province (e.g. the provincial social insurance).
 */
@Component
class MemberAgencies {

    private final AgencyDirectory agencies;

    MemberAgencies(AgencyDirectory agencies) {
        this.agencies = agencies;
    }

    String resolve(String communeCode, String kind) {
        Agency commune = agencies.find(communeCode).orElseThrow();
        if (commune.kind().equals(kind)) {
            return commune.code();
        }
        List<Agency> ofKind = agencies.ofKind(kind);
        Optional<Agency> own = ofKind.stream().filter(a -> a.code().startsWith(commune.code() + "-")).findFirst();
        if (own.isPresent()) {
            return own.get().code();
        }
        String province = province(commune);
        List<Agency> inProvince = ofKind.stream().filter(a -> province.equals(province(a))).toList();
        if (inProvince.size() == 1) {
            return inProvince.get(0).code();
        }
        throw DossierProblem.invalid(Message.of("connected.invalid.no-agency", kind),
                Map.of("agencyCode", Message.of("connected.invalid.no-agency", kind)));
    }

    private String province(Agency agency) {
        Agency at = agency;
        while (at.parentCode() != null) {
            at = agencies.find(at.parentCode()).orElseThrow();
        }
        return at.code();
    }
}
