package vn.opendvc.prefill.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import vn.opendvc.files.Sha256;

/** Deterministic choices from a number, so a simulator answers the same for the same number on every node. */
final class Simulated {

    static final Map<String, String> PROVINCES = Map.ofEntries(
            Map.entry("001", "Thành phố Hà Nội"), Map.entry("031", "Thành phố Hải Phòng"),
            Map.entry("046", "Thành phố Huế"), Map.entry("048", "Thành phố Đà Nẵng"),
            Map.entry("051", "Tỉnh Quảng Ngãi"), Map.entry("079", "Thành phố Hồ Chí Minh"),
            Map.entry("092", "Thành phố Cần Thơ"), Map.entry("040", "Tỉnh Nghệ An"));

    static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
            "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương");
    static final List<String> MIDDLE_MALE = List.of("Văn", "Minh", "Quốc", "Đức", "Hữu", "Thanh");
    static final List<String> MIDDLE_FEMALE = List.of("Thị", "Ngọc", "Thu", "Thanh", "Minh", "Bảo");
    static final List<String> GIVEN_MALE = List.of("An", "Bình", "Cường", "Dũng", "Hùng", "Khang", "Long", "Nam",
            "Phúc", "Quang", "Sơn", "Tuấn");
    static final List<String> GIVEN_FEMALE = List.of("Anh", "Châu", "Hà", "Hoa", "Lan", "Linh", "Mai", "Ngọc",
            "Phương", "Thảo", "Trang", "Yến");
    static final List<String> STREETS = List.of("Lê Duẩn", "Trần Phú", "Nguyễn Văn Linh", "Hùng Vương", "Bạch Đằng",
            "Phan Châu Trinh", "Hoàng Diệu", "Ông Ích Khiêm", "Lê Lợi", "Quang Trung");

    /** A stable pseudo-random number in {@code [0, bound)} for a number and a purpose. */
    static int pick(String number, String purpose, int bound) {
        byte[] hash = Sha256.digest((purpose + ":" + number).getBytes(StandardCharsets.UTF_8));
        int value = ((hash[0] & 0xff) << 16) | ((hash[1] & 0xff) << 8) | (hash[2] & 0xff);
        return value % bound;
    }

    static <T> T pick(String number, String purpose, List<T> from) {
        return from.get(pick(number, purpose, from.size()));
    }

    static String province(String code) {
        return PROVINCES.getOrDefault(code, "Thành phố Đà Nẵng");
    }

    private Simulated() {
    }
}
