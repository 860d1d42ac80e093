package vn.opendvc.prefill.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import vn.opendvc.prefill.DataItem;
import vn.opendvc.prefill.PopulationRegistry;

/**
 * A stand-in for the national population database. It reads what a real 12-digit personal ID number encodes
 * (digits 1–3 the province of birth registration, digit 4 century and gender, digits 5–6 the year of birth) and derives
 * the rest deterministically from the number; the demo citizens are known by name so the demo reads naturally.
 */
@Component
@ConditionalOnProperty(name = "opendvc.prefill.simulator", havingValue = "true", matchIfMissing = true)
class SimulatedPopulationRegistry implements PopulationRegistry {

    private record Resident(String name, LocalDate born, String address) {
    }

    private static final Map<String, Resident> KNOWN = Map.of(
            "048090001234", new Resident("Nguyễn Văn An", LocalDate.of(1990, 5, 12),
                    "12 Lê Duẩn, phường Hải Châu, thành phố Đà Nẵng"),
            "048195004567", new Resident("Trần Thị Bích Ngọc", LocalDate.of(1995, 9, 23),
                    "45 Bạch Đằng, phường Hải Châu, thành phố Đà Nẵng"));

    @Override
    public Map<DataItem, String> lookup(String number, Set<DataItem> wanted) {
        if (number == null || !number.matches("\\d{12}")) {
            return Map.of();
        }
        int centuryGender = number.charAt(3) - '0';
        if (centuryGender > 5) {
            return Map.of();
        }
        boolean female = centuryGender % 2 == 1;
        int year = 1900 + 100 * (centuryGender / 2) + Integer.parseInt(number.substring(4, 6));
        String province = Simulated.province(number.substring(0, 3));
        Resident known = KNOWN.get(number);
        String name = known != null ? known.name()
                : Simulated.pick(number, "family", Simulated.FAMILY) + " "
                        + Simulated.pick(number, "middle", female ? Simulated.MIDDLE_FEMALE : Simulated.MIDDLE_MALE)
                        + " " + Simulated.pick(number, "given", female ? Simulated.GIVEN_FEMALE : Simulated.GIVEN_MALE);
        LocalDate born = known != null ? known.born()
                : LocalDate.of(year, 1 + Simulated.pick(number, "month", 12), 1 + Simulated.pick(number, "day", 28));
        String address = known != null ? known.address()
                : (1 + Simulated.pick(number, "house", 199)) + " " + Simulated.pick(number, "street", Simulated.STREETS)
                        + ", " + province;
        Map<DataItem, String> all = new EnumMap<>(DataItem.class);
        all.put(DataItem.FULL_NAME, name);
        all.put(DataItem.DATE_OF_BIRTH, born.toString());
        all.put(DataItem.GENDER, female ? "Nữ" : "Nam");
        all.put(DataItem.ID_NUMBER, number);
        all.put(DataItem.PERMANENT_ADDRESS, address);
        all.put(DataItem.CURRENT_ADDRESS, address);
        all.put(DataItem.HOMETOWN, province);
        all.put(DataItem.ETHNICITY, "Kinh");
        all.put(DataItem.NATIONALITY, "Việt Nam");
        all.keySet().retainAll(wanted);
        return all;
    }
}
