package vn.opendvc.dossier;

import java.util.Arrays;
import java.util.Locale;

/** The national portal's dossier statuses; the codes are kept in the API and in sync. A draft has no code yet. */
public enum DossierStatus {
    DRAFT(0, "Nháp", "Draft"),
    SUBMITTED(1, "Mới đăng ký", "Submitted"),
    RECEIVED(2, "Được tiếp nhận", "Received"),
    NOT_RECEIVED(3, "Không được tiếp nhận", "Not received"),
    PROCESSING(4, "Đang xử lý", "Processing"),
    SUPPLEMENT_REQUESTED(5, "Yêu cầu bổ sung", "Supplement requested"),
    PAYMENT_REQUIRED(6, "Yêu cầu nghĩa vụ tài chính", "Payment required"),
    WITHDRAWN(7, "Công dân rút", "Withdrawn by the applicant"),
    STOPPED(8, "Dừng xử lý", "Stopped"),
    DONE(9, "Đã xử lý xong", "Done"),
    RESULT_RETURNED(10, "Đã trả kết quả", "Result returned");

    private final int code;
    private final String vietnamese;
    private final String english;

    DossierStatus(int code, String vietnamese, String english) {
        this.code = code;
        this.vietnamese = vietnamese;
        this.english = english;
    }

    public int code() {
        return code;
    }

    public String displayName(Locale locale) {
        return "en".equals(locale.getLanguage()) ? english : vietnamese;
    }

    public String vietnamese() {
        return vietnamese;
    }

    /** What the API shows: {@code "DRAFT"} for a draft, the national code (1–10) afterwards. */
    public Object apiValue() {
        return this == DRAFT ? name() : code;
    }

    /** Finished for the citizen: nothing more will happen to the dossier. */
    public boolean isFinal() {
        return this == NOT_RECEIVED || this == WITHDRAWN || this == STOPPED || this == RESULT_RETURNED;
    }

    public static DossierStatus ofCode(int code) {
        return Arrays.stream(values()).filter(s -> s.code == code).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Không có trạng thái " + code));
    }
}
