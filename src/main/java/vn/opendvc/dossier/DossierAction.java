package vn.opendvc.dossier;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What someone does to a dossier; {@link #slug()} is the name used in URLs. */
public enum DossierAction {
    SUBMIT("Nộp hồ sơ", "Submit"),
    RECEIVE("Tiếp nhận", "Receive"),
    REQUEST_SUPPLEMENT("Yêu cầu bổ sung", "Request a supplement"),
    RESUBMIT("Nộp bổ sung", "Resubmit"),
    REFUSE("Từ chối", "Refuse"),
    FORWARD("Chuyển bước tiếp theo", "Forward"),
    RETURN("Trả lại bước trước", "Return to the previous step"),
    STOP("Dừng xử lý", "Stop"),
    COMPLETE("Hoàn thành xử lý", "Complete"),
    DELIVER("Trả kết quả", "Deliver the result"),
    WITHDRAW("Rút hồ sơ", "Withdraw"),
    APOLOGIZE("Xin lỗi và hẹn lại", "Apologize and set a new date"),
    PAY("Thanh toán phí, lệ phí", "Fee paid");

    private final String vietnamese;
    private final String english;

    DossierAction(String vietnamese, String english) {
        this.vietnamese = vietnamese;
        this.english = english;
    }

    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String displayName(Locale locale) {
        return "en".equals(locale.getLanguage()) ? english : vietnamese;
    }

    public String vietnamese() {
        return vietnamese;
    }

    public static Optional<DossierAction> ofSlug(String slug) {
        return Arrays.stream(values()).filter(a -> a.slug().equals(slug)).findFirst();
    }
}
