package vn.opendvc.sync.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.opendvc.dossier.Channel;
import vn.opendvc.dossier.DocumentOrigins;
import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.DossierStatus;
import vn.opendvc.web.VietnamTime;

/**
 * One of this instance's dossiers as the hub reads it: the national field names, dates {@code yyyyMMddHHmmss} in
 * Vietnam's time, the processing history as {@code QuaTrinhXuLy}. Built from the dossier as it is when sent, so a
 * retried or late push carries the newest state and the hub orders them by the history's times.
 */
final class OutboundRecord {

    /** Dates of the national format, in Vietnam's time. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMddHHmmss")
            .withZone(VietnamTime.ZONE);

    private OutboundRecord() {
    }

    static Map<String, Object> of(Dossier d, String procedureCode) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("MaHoSo", d.code());
        r.put("MaTTHC", procedureCode);
        r.put("TenTTHC", d.procedureName());
        r.put("ChuHoSo", d.applicantName());
        put(r, "SoDienThoai", d.applicantPhone());
        r.put("NgayTiepNhan", date(d.receivedAt() != null ? d.receivedAt() : d.submittedAt()));
        put(r, "NgayHenTra", date(d.dueAt()));
        put(r, "NgayKetThucXuLy", date(d.finishedAt()));
        put(r, "NgayTra", date(d.status() == DossierStatus.RESULT_RETURNED ? d.deliveredAt() : null));
        r.put("TrangThaiHoSo", d.status().code());
        r.put("KenhThucHien", channel(d.channel()));
        r.put("DonViXuLy", d.agencyCode());
        r.put("DuocThanhToanTrucTuyen", d.paid());
        r.put("HoSoCoThanhPhanSoHoa", DocumentOrigins.of(d.channel(), d.files()).digitized());
        if (d.feeDueVnd() != null && d.feeDueVnd() > 0) {
            r.put("DanhSachLePhi", List.of(Map.of("TenPhiLePhi", "Phí, lệ phí", "MucPhi", d.feeDueVnd())));
        }
        List<Map<String, Object>> history = new ArrayList<>();
        for (Dossier.HistoryEntry h : d.history()) {
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("NguoiXuLy", h.actor());
            step.put("ThoiDiemXuLy", date(h.at()));
            step.put("NoiDungXuLy", h.note() == null ? h.action().name() : h.note());
            step.put("TrangThai", h.to().code());
            history.add(step);
        }
        r.put("QuaTrinhXuLy", history);
        return r;
    }

    /** 1 at the counter, 2 online, 3 by post or through a public-service agent (BCCI). */
    static int channel(Channel channel) {
        return switch (channel) {
            case COUNTER -> 1;
            case ONLINE -> 2;
            case ASSISTED, POST -> 3;
        };
    }

    private static void put(Map<String, Object> r, String field, Object value) {
        if (value != null) {
            r.put(field, value);
        }
    }

    private static String date(Instant at) {
        return at == null ? null : DATE.format(at);
    }
}
