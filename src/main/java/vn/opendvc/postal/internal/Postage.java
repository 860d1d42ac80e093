package vn.opendvc.postal.internal;

import java.util.Objects;

import org.springframework.stereotype.Component;

/**
 * What a parcel costs: a flat rate within the agency's province and another elsewhere
 * ({@code opendvc.postal.rate-in-province}, {@code rate-other-province}; 25 000 and 35 000 đồng by default). Unless the
 * agency prepays under its contract ({@code opendvc.postal.prepaid}), the citizen pays the postman: on delivery of the
 * result (the order's COD amount is the postage) or when the postman collects the originals (COD 0, as the receiver
 * is then the agency).
 */
@Component
public class Postage {

    /**
     * @param citizenPaysVnd what the citizen hands the postman
     * @param inProvince     the address is in the agency's province
     */
    public record Quote(long postageVnd, long citizenPaysVnd, boolean inProvince) {

        long codVnd(Shipment.Kind kind) {
            return kind == Shipment.Kind.DELIVERY ? citizenPaysVnd : 0;
        }
    }

    private final PostalSettings settings;
    private final PostalAddresses addresses;

    Postage(PostalSettings settings, PostalAddresses addresses) {
        this.settings = settings;
        this.addresses = addresses;
    }

    Quote quote(String agencyCode, PostalAddresses.Commune commune) {
        String agencyProvince = addresses.province(agencyCode).map(a -> a.code()).orElse(null);
        boolean inProvince = Objects.equals(agencyProvince, commune.provinceCode());
        long postage = inProvince ? settings.inProvinceVnd() : settings.otherProvinceVnd();
        return new Quote(postage, settings.prepaid() ? 0 : postage, inProvince);
    }
}
