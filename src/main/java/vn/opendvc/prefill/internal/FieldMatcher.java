package vn.opendvc.prefill.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.opendvc.catalog.Procedure.FormField;
import vn.opendvc.prefill.DataItem;

/**
 * Which item of the applicant's data a form field asks for, from its type, key and label. Only fields about the
 * applicant match: {@code hoTen}, {@code hoTenNguoiYeuCau} do; {@code hoTenTre}, {@code hoTenCha},
 * {@code ngaySinhBenNu} are about someone else and stay empty. Bare personal fields ({@code ngaySinh},
 * {@code gioiTinh}, {@code soDinhDanh}…) belong to the person the form is about: the person named by its first
 * {@code hoTen…} field; when that is someone else (a birth registration's {@code hoTenTre}), they stay empty too.
 * Contact fields (phone, e-mail) are always the applicant's.
 */
final class FieldMatcher {

    /** Key suffixes that still mean the applicant. */
    private static final Set<String> APPLICANT = Set.of("", "nguoiyeucau", "nguoikhai", "nguoidenghi", "nguoinop",
            "nguoidangky", "nguoilamthutuc", "congdan");

    private static final Map<String, DataItem> STEMS = Map.ofEntries(
            Map.entry("hoten", DataItem.FULL_NAME),
            Map.entry("ngaysinh", DataItem.DATE_OF_BIRTH),
            Map.entry("gioitinh", DataItem.GENDER),
            Map.entry("sodinhdanh", DataItem.ID_NUMBER),
            Map.entry("socccd", DataItem.ID_NUMBER),
            Map.entry("cccd", DataItem.ID_NUMBER),
            Map.entry("socmnd", DataItem.ID_NUMBER),
            Map.entry("noithuongtru", DataItem.PERMANENT_ADDRESS),
            Map.entry("diachithuongtru", DataItem.PERMANENT_ADDRESS),
            Map.entry("diachi", DataItem.PERMANENT_ADDRESS),
            Map.entry("noicutru", DataItem.CURRENT_ADDRESS),
            Map.entry("diachicutru", DataItem.CURRENT_ADDRESS),
            Map.entry("quequan", DataItem.HOMETOWN),
            Map.entry("dantoc", DataItem.ETHNICITY),
            Map.entry("quoctich", DataItem.NATIONALITY),
            Map.entry("masodoanhnghiep", DataItem.TAX_CODE),
            Map.entry("masothue", DataItem.TAX_CODE),
            Map.entry("diachitruso", DataItem.HEAD_OFFICE_ADDRESS),
            Map.entry("hotennguoidaidien", DataItem.LEGAL_REPRESENTATIVE),
            Map.entry("sodinhdanhnguoidaidien", DataItem.LEGAL_REPRESENTATIVE_ID));

    private static final Set<DataItem> BUSINESS = Set.of(DataItem.TAX_CODE, DataItem.BUSINESS_NAME,
            DataItem.HEAD_OFFICE_ADDRESS, DataItem.LEGAL_REPRESENTATIVE, DataItem.LEGAL_REPRESENTATIVE_ID);

    /** Labels that name the applicant's own data, for keys the stems do not know. */
    private static final Map<String, DataItem> LABELS = Map.of(
            "họ và tên", DataItem.FULL_NAME,
            "họ, chữ đệm và tên", DataItem.FULL_NAME,
            "ngày, tháng, năm sinh", DataItem.DATE_OF_BIRTH,
            "ngày sinh", DataItem.DATE_OF_BIRTH,
            "số định danh cá nhân", DataItem.ID_NUMBER,
            "số căn cước công dân", DataItem.ID_NUMBER,
            "số căn cước", DataItem.ID_NUMBER,
            "nơi thường trú", DataItem.PERMANENT_ADDRESS,
            "địa chỉ thường trú", DataItem.PERMANENT_ADDRESS,
            "tên doanh nghiệp", DataItem.BUSINESS_NAME);

    /** Whether the bare personal fields of this form are about the applicant. */
    static boolean aboutApplicant(java.util.List<FormField> fields) {
        return fields.stream().map(f -> f.key() == null ? "" : f.key().toLowerCase(Locale.ROOT))
                .filter(k -> k.startsWith("hoten")).findFirst()
                .map(k -> APPLICANT.contains(k.substring("hoten".length()))).orElse(true);
    }

    static Optional<DataItem> match(FormField field, boolean aboutApplicant) {
        String type = field.type() == null ? "" : field.type();
        String key = field.key() == null ? "" : field.key().toLowerCase(Locale.ROOT);
        if ("phone".equals(type) || key.contains("sodienthoai")) {
            return Optional.of(DataItem.PHONE);
        }
        if ("email".equals(type) || key.contains("email") || key.equals("thudientu")) {
            return Optional.of(DataItem.EMAIL);
        }
        if (key.equals("tendoanhnghiep") && labelSays(field, "doanh nghiệp", "công ty")) {
            return Optional.of(DataItem.BUSINESS_NAME);
        }
        DataItem exact = STEMS.get(key);
        if (exact != null) {
            return aboutApplicant || BUSINESS.contains(exact) ? Optional.of(exact) : Optional.empty();
        }
        for (Map.Entry<String, DataItem> stem : STEMS.entrySet()) {
            String suffix = key.startsWith(stem.getKey()) ? key.substring(stem.getKey().length()) : null;
            if (suffix != null && !suffix.isEmpty() && APPLICANT.contains(suffix)) {
                return Optional.of(stem.getValue());
            }
        }
        String label = field.label() == null ? "" : field.label().strip().toLowerCase(Locale.forLanguageTag("vi"));
        DataItem byLabel = aboutApplicant ? LABELS.get(label) : null;
        if (byLabel == null && label.endsWith("người yêu cầu")) {
            String head = label.substring(0, label.length() - "người yêu cầu".length()).strip();
            byLabel = head.startsWith("họ") ? DataItem.FULL_NAME
                    : head.startsWith("số định danh") ? DataItem.ID_NUMBER
                    : head.startsWith("ngày") && head.contains("sinh") ? DataItem.DATE_OF_BIRTH : null;
        }
        return Optional.ofNullable(byLabel);
    }

    private static boolean labelSays(FormField field, String... words) {
        String label = field.label() == null ? "" : field.label().toLowerCase(Locale.forLanguageTag("vi"));
        for (String word : words) {
            if (label.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private FieldMatcher() {
    }
}
