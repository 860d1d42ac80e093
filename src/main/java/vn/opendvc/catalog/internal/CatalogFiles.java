package vn.opendvc.catalog.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.opendvc.catalog.CatalogImport.InvalidCatalogFile;
import vn.opendvc.catalog.OnlineLevel;

/** The records of the two catalog file formats, with the checks a record must pass before it is imported. */
final class CatalogFiles {

    static final Set<String> LEVELS = Set.copyOf(vn.opendvc.catalog.CatalogLevels.ALL);
    static final Set<String> FIELD_TYPES = Set.of("text", "date", "number", "idNumber", "phone", "email", "address",
            "select");

    /** One procedure of {@code procedures.json}. */
    record ConfiguredRecord(String code, String name, String field, String level, String agencyKind, String agency,
            Double processingDays, Long feeVnd, String feeNote, String onlineLevel, List<DocumentRecord> documents,
            String resultType, List<FormFieldRecord> formFields, String source) {

        void check(int index) {
            String where = "thủ tục thứ " + (index + 1) + (code == null ? "" : " (" + code + ")");
            require(!blank(name), where, "thiếu tên");
            require(level != null && LEVELS.contains(level), where, "cấp không hợp lệ: " + level);
            require(!blank(agencyKind), where, "thiếu loại cơ quan tiếp nhận (agencyKind)");
            require(processingDays != null && processingDays >= 0 && processingDays * 2 == Math.floor(processingDays * 2),
                    where, "thời hạn giải quyết phải là số ngày làm việc ≥ 0, bội của 0,5: " + processingDays);
            require(feeVnd == null || feeVnd >= 0, where, "lệ phí âm: " + feeVnd);
            require(onlineLevel != null && isOnlineLevel(onlineLevel), where, "mức độ trực tuyến không hợp lệ: "
                    + onlineLevel);
            Set<String> keys = new HashSet<>();
            for (FormFieldRecord f : formFields == null ? List.<FormFieldRecord>of() : formFields) {
                require(!blank(f.key()) && keys.add(f.key()), where, "trường biểu mẫu thiếu khóa hoặc trùng khóa: "
                        + f.key());
                require(!blank(f.label()), where, "trường " + f.key() + " thiếu nhãn");
                require(f.type() != null && FIELD_TYPES.contains(f.type()), where, "trường " + f.key()
                        + " có kiểu không hợp lệ: " + f.type());
                require(!"select".equals(f.type()) || (f.options() != null && !f.options().isEmpty()), where,
                        "trường chọn " + f.key() + " không có lựa chọn");
            }
            for (DocumentRecord d : documents == null ? List.<DocumentRecord>of() : documents) {
                require(!blank(d.name()), where, "giấy tờ thiếu tên");
            }
        }
    }

    record DocumentRecord(String name, Boolean required) {
    }

    record FormFieldRecord(String key, String label, String type, Boolean required, List<String> options) {
    }

    /** One line of {@code national-catalog.jsonl}. */
    record ReferenceRecord(String code, String name, List<String> categories, List<String> departments,
            String promulgatedBy, List<String> targets, String type) {

        void check(int line) {
            String where = "dòng " + line;
            require(!blank(code), where, "thiếu mã thủ tục");
            require(!blank(name), where, "thiếu tên thủ tục");
        }
    }

    private static boolean isOnlineLevel(String value) {
        for (OnlineLevel level : OnlineLevel.values()) {
            if (level.name().equals(value)) {
                return true;
            }
        }
        return false;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static void require(boolean ok, String where, String problem) {
        if (!ok) {
            throw new InvalidCatalogFile(where + ": " + problem);
        }
    }

    private CatalogFiles() {
    }
}
