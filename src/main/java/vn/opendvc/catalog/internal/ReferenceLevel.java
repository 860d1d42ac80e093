package vn.opendvc.catalog.internal;

import java.util.List;
import java.util.Locale;

/**
 * The level (XA, TINH, BO) of a reference entry, inferred from the bodies that execute it, so that the level filter
 * also narrows the national catalog. {@code null} when the executing body does not tell.
 */
final class ReferenceLevel {

    static String infer(List<String> departments) {
        if (departments == null) {
            return null;
        }
        for (String department : departments) {
            if (department == null || department.isBlank()) {
                continue;
            }
            String d = department.toLowerCase(Locale.of("vi"));
            if (d.contains("cấp xã") || d.contains("thuế cơ sở")) {
                return "XA";
            }
            if (d.contains("cấp tỉnh") || d.startsWith("sở ") || d.contains("tỉnh") || d.contains("thành phố")) {
                return "TINH";
            }
            if (d.startsWith("bộ") || d.startsWith("cục") || d.contains("chính phủ")
                    || d.startsWith("ngân hàng nhà nước việt nam")) {
                return "BO";
            }
        }
        return null;
    }

    private ReferenceLevel() {
    }
}
