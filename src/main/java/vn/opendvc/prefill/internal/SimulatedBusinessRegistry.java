package vn.opendvc.prefill.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import vn.opendvc.prefill.BusinessRegistry;
import vn.opendvc.prefill.DataItem;

/**
 * A stand-in for the national business registration database: deterministic data from the tax code (the first two
 * digits name the province of the tax department); the demo business is known by name.
 */
@Component
@ConditionalOnProperty(name = "opendvc.prefill.simulator", havingValue = "true", matchIfMissing = true)
class SimulatedBusinessRegistry implements BusinessRegistry {

    private static final List<String> TRADES = List.of("Thương mại", "Xây dựng", "Du lịch", "Công nghệ",
            "Vận tải", "Thực phẩm", "Dịch vụ");
    private static final List<String> BRANDS = List.of("Sông Hàn", "Ngũ Hành", "Hải Vân", "Sơn Trà", "Phú Quang",
            "Minh Khang", "An Phát", "Thành Công");

    @Override
    public Map<DataItem, String> lookup(String number, Set<DataItem> wanted) {
        if (number == null || !number.matches("\\d{10}(-\\d{3})?")) {
            return Map.of();
        }
        String name = "0401234567".equals(number) ? "Công ty TNHH Thương mại và Dịch vụ Sông Hàn"
                : "Công ty TNHH " + Simulated.pick(number, "trade", TRADES) + " "
                        + Simulated.pick(number, "brand", BRANDS);
        String representative = Simulated.pick(number, "family", Simulated.FAMILY) + " "
                + Simulated.pick(number, "middle", Simulated.MIDDLE_MALE) + " "
                + Simulated.pick(number, "given", Simulated.GIVEN_MALE);
        String representativeId = "048" + "0" + String.format("%02d", 60 + Simulated.pick(number, "year", 40))
                + String.format("%06d", Simulated.pick(number, "serial", 1_000_000));
        Map<DataItem, String> all = new EnumMap<>(DataItem.class);
        all.put(DataItem.BUSINESS_NAME, name);
        all.put(DataItem.TAX_CODE, number);
        all.put(DataItem.HEAD_OFFICE_ADDRESS, (1 + Simulated.pick(number, "house", 299)) + " "
                + Simulated.pick(number, "street", Simulated.STREETS) + ", thành phố Đà Nẵng");
        all.put(DataItem.LEGAL_REPRESENTATIVE, representative);
        all.put(DataItem.LEGAL_REPRESENTATIVE_ID, representativeId);
        all.keySet().retainAll(wanted);
        return all;
    }
}
