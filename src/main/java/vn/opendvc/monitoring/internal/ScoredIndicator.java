package vn.opendvc.monitoring.internal;

import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The scored indicators of the Decision 766 model, each with its group, where its numerator and denominator come
 * from and its default weight and threshold. The decision fixes the group maxima; how a group's points are split
 * among its indicators, and the thresholds, are the portal's choice ({@link ScoringRules}).
 */
enum ScoredIndicator {

    CATALOG_COMPLETE("catalogComplete", Group.TRANSPARENCY, 18, 1.00,
            "Thủ tục được công khai đầy đủ", "thủ tục công khai đủ thời hạn, phí, mức độ trực tuyến, thành phần hồ sơ",
            "thủ tục cơ quan tiếp nhận",
            t -> get(t, Metrics.CATALOG_COMPLETE), t -> get(t, Metrics.CATALOG_PROCEDURES), List.of()),
    ON_TIME("onTime", Group.PROGRESS, 20, 1.00,
            "Hồ sơ giải quyết đúng hạn", "hồ sơ kết thúc không muộn hơn ngày hẹn (không tính thời gian bổ sung)",
            "hồ sơ đã kết thúc có ngày hẹn",
            t -> get(t, Metrics.FINISHED_ON_TIME), t -> get(t, Metrics.FINISHED_WITH_DUE),
            List.of("numerator", "denominator", "late")),
    PROCEDURES_FULL_PROCESS("proceduresFullProcess", Group.ONLINE, 6, 0.80,
            "Thủ tục cung cấp trực tuyến toàn trình", "thủ tục trực tuyến toàn trình", "thủ tục cơ quan tiếp nhận",
            t -> get(t, Metrics.CATALOG_FULL_PROCESS), t -> get(t, Metrics.CATALOG_PROCEDURES), List.of()),
    SUBMITTED_ONLINE("submittedOnline", Group.ONLINE, 6, 0.50,
            "Hồ sơ nộp trực tuyến", "hồ sơ nộp trực tuyến", "hồ sơ đã nộp",
            t -> get(t, Metrics.submitted(vn.opendvc.dossier.Channel.ONLINE)), t -> get(t, Metrics.SUBMITTED),
            List.of("numerator", "denominator")),
    PAID_ONLINE("paidOnline", Group.ONLINE, 10, 0.80,
            "Hồ sơ thanh toán trực tuyến", "hồ sơ có phí đã thanh toán trực tuyến", "hồ sơ có phí đã kết thúc",
            t -> get(t, Metrics.PAID_ONLINE), t -> get(t, Metrics.FEE_DUE), List.of("numerator", "denominator")),
    ELECTRONIC_RESULTS("electronicResults", Group.DIGITISATION, 8, 0.80,
            "Kết quả điện tử đã trả", "hồ sơ đã trả kết quả điện tử có ký số", "hồ sơ giải quyết xong",
            t -> get(t, Metrics.RESULT_ELECTRONIC), t -> get(t, Metrics.finished(vn.opendvc.dossier.DossierStatus.DONE)),
            List.of("numerator", "denominator")),
    DIGITIZED_DOSSIERS("digitizedDossiers", Group.DIGITISATION, 7, 0.80,
            "Hồ sơ được số hóa", "hồ sơ nộp trực tuyến hoặc được số hóa tại quầy", "hồ sơ đã nộp",
            t -> get(t, Metrics.SUBMITTED_DIGITIZED), t -> get(t, Metrics.SUBMITTED),
            List.of("numerator", "denominator")),
    REUSED_DATA("reusedData", Group.DIGITISATION, 7, 0.80,
            "Hồ sơ tái sử dụng dữ liệu số hóa", "hồ sơ dùng lại giấy tờ trong kho dữ liệu", "hồ sơ đã nộp",
            t -> get(t, Metrics.SUBMITTED_REUSING), t -> get(t, Metrics.SUBMITTED),
            List.of("numerator", "denominator")),
    SATISFACTION("satisfaction", Group.SATISFACTION, 18, 0.90,
            "Mức độ hài lòng (100% − trễ hạn − phản ánh)",
            "hồ sơ đã kết thúc − hồ sơ trễ hạn − phản ánh, kiến nghị", "hồ sơ đã kết thúc",
            t -> Math.max(0, get(t, Metrics.FINISHED) - late(t) - get(t, Metrics.COMPLAINTS)),
            t -> get(t, Metrics.FINISHED), List.of("denominator", "late", "complaints"));

    /** The five groups and their maxima fixed by the decision. */
    enum Group {
        TRANSPARENCY("transparency", "Công khai, minh bạch", 18),
        PROGRESS("progress", "Tiến độ giải quyết", 20),
        ONLINE("onlineServices", "Dịch vụ công trực tuyến", 22),
        DIGITISATION("digitisation", "Mức độ số hóa hồ sơ", 22),
        SATISFACTION("satisfaction", "Mức độ hài lòng", 18);

        final String key;
        final String vietnamese;
        final int maxPoints;

        Group(String key, String vietnamese, int maxPoints) {
            this.key = key;
            this.vietnamese = vietnamese;
            this.maxPoints = maxPoints;
        }
    }

    final String key;
    final Group group;
    final double defaultPoints;
    final double defaultThreshold;
    final String vietnamese;
    final String numeratorLabel;
    final String denominatorLabel;
    final ToLongFunction<Map<String, Long>> numerator;
    final ToLongFunction<Map<String, Long>> denominator;
    final List<String> dossierParts;

    ScoredIndicator(String key, Group group, double defaultPoints, double defaultThreshold, String vietnamese,
            String numeratorLabel, String denominatorLabel, ToLongFunction<Map<String, Long>> numerator,
            ToLongFunction<Map<String, Long>> denominator, List<String> dossierParts) {
        this.key = key;
        this.group = group;
        this.defaultPoints = defaultPoints;
        this.defaultThreshold = defaultThreshold;
        this.vietnamese = vietnamese;
        this.numeratorLabel = numeratorLabel;
        this.denominatorLabel = denominatorLabel;
        this.numerator = numerator;
        this.denominator = denominator;
        this.dossierParts = dossierParts;
    }

    static ScoredIndicator byKey(String key) {
        for (ScoredIndicator indicator : values()) {
            if (indicator.key.equals(key)) {
                return indicator;
            }
        }
        return null;
    }

    static long get(Map<String, Long> totals, String metric) {
        return totals.getOrDefault(metric, 0L);
    }

    /** Finished with a promised date but after it. */
    static long late(Map<String, Long> totals) {
        return get(totals, Metrics.FINISHED_WITH_DUE) - get(totals, Metrics.FINISHED_ON_TIME);
    }
}
