package vn.opendvc.postal.internal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.opendvc.agency.Agency;
import vn.opendvc.agency.AgencyDirectory;

/**
 * Addresses in the two-tier local government of 2025: a commune or ward (the agency tree's {@code XA} agencies)
 * directly under its province, which is derived, never typed. The agency tree holds no street addresses, so an
 * agency's postal address is its name (its seat, which the local post office knows).
 */
@Component
public class PostalAddresses {

    static final String COMMUNE_KIND = "XA";
    static final String PROVINCE_LEVEL = "TINH";

    /** A commune or ward with its province. */
    public record Commune(String code, String name, String provinceCode, String provinceName) {
    }

    /** A province with its communes and wards, for the address form's groups. */
    public record Province(String code, String name, List<Commune> communes) {
    }

    private final AgencyDirectory agencies;

    PostalAddresses(AgencyDirectory agencies) {
        this.agencies = agencies;
    }

    /** Every commune and ward, by province then name, for the address form. */
    List<Commune> communes() {
        return agencies.ofKind(COMMUNE_KIND).stream().map(this::commune).flatMap(Optional::stream)
                .sorted(Comparator.comparing(Commune::provinceName).thenComparing(Commune::name)).toList();
    }

    /** The communes and wards by province, in the order of {@link #communes()}. */
    public List<Province> provinces() {
        Map<String, List<Commune>> byProvince = communes().stream().collect(Collectors.groupingBy(
                Commune::provinceCode, LinkedHashMap::new, Collectors.toList()));
        return byProvince.values().stream().map(communes -> new Province(communes.getFirst().provinceCode(),
                communes.getFirst().provinceName(), communes)).toList();
    }

    Optional<Commune> commune(String code) {
        return code == null ? Optional.empty() : agencies.find(code.strip())
                .filter(a -> COMMUNE_KIND.equals(a.kind())).flatMap(this::commune);
    }

    private Optional<Commune> commune(Agency commune) {
        return province(commune.code()).map(p -> new Commune(commune.code(), commune.name(), p.code(), p.name()));
    }

    /** The province an agency belongs to (itself for a province), walking up the tree. */
    Optional<Agency> province(String agencyCode) {
        Optional<Agency> agency = agencies.find(agencyCode);
        for (int depth = 0; depth < 10 && agency.isPresent(); depth++) {
            Agency a = agency.get();
            if (PROVINCE_LEVEL.equals(a.level())) {
                return agency;
            }
            agency = a.parentCode() == null ? Optional.empty() : agencies.find(a.parentCode());
        }
        return Optional.empty();
    }

    /** The agency's name, the sender or receiver of a parcel. */
    String agencyName(String agencyCode) {
        return agencies.find(agencyCode).map(Agency::name).orElse(agencyCode);
    }

    /** A street address with its commune (whose name already names the province), as printed on the parcel. */
    static String printed(String street, Commune commune) {
        return street + ", " + commune.name();
    }
}
