package vn.opendvc.sync.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.opendvc.dossier.Channel;
import vn.opendvc.dossier.DossierStatus;
import vn.opendvc.files.Sha256;
import vn.opendvc.web.VietnamTime;

/**
 * Reads one record of a sync batch field by field, so that every mistake is reported against its national field
 * name and one bad record never spoils the others: numbers and yes/no may come as JSON numbers, booleans or strings
 * (source systems differ), dates as {@code yyyyMMddHHmmss} in Vietnam's time. What the source may report for (agency,
 * procedure) is checked later, against the registry and the catalog.
 */
final class RecordReader {

    static final int MAX_CODE = 60;

    /** The record, or what is wrong with it. */
    record Read(Optional<NationalRecord> record, String code, List<RecordError> errors) {
    }

    private final JsonMapper json;

    RecordReader(JsonMapper json) {
        this.json = json;
    }

    Read read(JsonNode node) {
        List<RecordError> errors = new ArrayList<>();
        if (node == null || !node.isObject()) {
            errors.add(RecordError.of("MaHoSo", "not-an-object"));
            return new Read(Optional.empty(), null, errors);
        }
        String code = text(node, "MaHoSo", MAX_CODE, true, errors);
        String procedureCode = text(node, "MaTTHC", 30, true, errors);
        String procedureName = text(node, "TenTTHC", 1000, false, errors);
        text(node, "MaLinhVuc", 60, false, errors);
        text(node, "TenLinhVuc", 500, false, errors);
        String holder = text(node, "ChuHoSo", 300, true, errors);
        text(node, "MaDoiTuong", 60, false, errors);
        String phone = text(node, "SoDienThoai", 20, false, errors);
        String email = text(node, "Email", 254, false, errors);
        text(node, "TrichYeuHoSo", 2000, false, errors);
        String agency = text(node, "DonViXuLy", 64, true, errors);
        Instant received = date(node, "NgayTiepNhan", true, errors);
        Instant due = date(node, "NgayHenTra", false, errors);
        Instant returned = date(node, "NgayTra", false, errors);
        Instant finished = date(node, "NgayKetThucXuLy", false, errors);
        DossierStatus status = number(node, "TrangThaiHoSo", 1, 10, true, errors).map(DossierStatus::ofCode)
                .orElse(null);
        Channel channel = number(node, "KenhThucHien", 1, 3, true, errors).map(RecordReader::channel).orElse(null);
        number(node, "LoaiDoiTuong", 1, 9, false, errors);
        boolean paid = yesNo(node, "DuocThanhToanTrucTuyen", errors);
        boolean digitized = yesNo(node, "HoSoCoThanhPhanSoHoa", errors);
        boolean vneid = yesNo(node, "TaiKhoanDuocXacThucVoiVNeID", errors);
        long fee = fees(node, errors);
        list(node, "DanhSachGiayToKetQua", errors);
        List<Instant> steps = history(node, errors);
        if (status != null) {
            requireFor(status, finished, returned, errors);
        }
        if (!errors.isEmpty()) {
            return new Read(Optional.empty(), code, errors);
        }
        Instant recordTime = received;
        for (Instant at : steps) {
            recordTime = at.isAfter(recordTime) ? at : recordTime;
        }
        for (Instant at : new Instant[] {returned, finished}) {
            recordTime = at != null && at.isAfter(recordTime) ? at : recordTime;
        }
        // written once as bytes, stored and hashed as they are
        byte[] canonical = json.writeValueAsBytes(node);
        return new Read(Optional.of(new NationalRecord(code, procedureCode, procedureName, holder, phone, email,
                received, due, returned, finished, status, channel, agency, paid, digitized, vneid, fee, recordTime,
                steps.size(), canonical, Sha256.hex(canonical))), code, errors);
    }

    /** A finished dossier says when it finished, a returned one when its result was handed over. */
    private static void requireFor(DossierStatus status, Instant finished, Instant returned, List<RecordError> errors) {
        boolean finishes = status == DossierStatus.NOT_RECEIVED || status == DossierStatus.WITHDRAWN
                || status == DossierStatus.STOPPED || status == DossierStatus.DONE
                || status == DossierStatus.RESULT_RETURNED;
        if (finishes && finished == null) {
            errors.add(RecordError.of("NgayKetThucXuLy", "required-for-status", status.code()));
        }
        if (status == DossierStatus.RESULT_RETURNED && returned == null) {
            errors.add(RecordError.of("NgayTra", "required-for-status", status.code()));
        }
    }

    static Channel channel(int code) {
        return switch (code) {
            case 1 -> Channel.COUNTER;
            case 2 -> Channel.ONLINE;
            default -> Channel.ASSISTED;
        };
    }

    private static String text(JsonNode node, String field, int max, boolean required, List<RecordError> errors) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isString() && value.asString().isBlank()) {
            if (required) {
                errors.add(RecordError.of(field, "required"));
            }
            return null;
        }
        if (!value.isString() && !value.isNumber()) {
            errors.add(RecordError.of(field, "not-text"));
            return null;
        }
        String text = value.asString().strip();
        if (text.length() > max) {
            errors.add(RecordError.of(field, "too-long", max));
            return null;
        }
        return text;
    }

    private static Instant date(JsonNode node, String field, boolean required, List<RecordError> errors) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.asString("").isBlank()) {
            if (required) {
                errors.add(RecordError.of(field, "required"));
            }
            return null;
        }
        return parseDate(value.asString().strip()).orElseGet(() -> {
            errors.add(RecordError.of(field, "not-a-date"));
            return null;
        });
    }

    /**
     * A date of the national format, strictly: fourteen digits making a real date and time (no 31 February). Read by
     * hand rather than with a {@link java.time.format.DateTimeFormatter}: a batch holds thousands of dates, and the
     * formatter's general parsing was a visible share of an ingest's time.
     */
    static Optional<Instant> parseDate(String text) {
        if (text.length() != 14) {
            return Optional.empty();
        }
        for (int i = 0; i < 14; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(LocalDateTime.of(digits(text, 0, 4), digits(text, 4, 6), digits(text, 6, 8),
                    digits(text, 8, 10), digits(text, 10, 12), digits(text, 12, 14)).atZone(VietnamTime.ZONE)
                    .toInstant());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + text.charAt(i) - '0';
        }
        return value;
    }

    private static Optional<Integer> number(JsonNode node, String field, int min, int max, boolean required,
            List<RecordError> errors) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isString() && value.asString().isBlank()) {
            if (required) {
                errors.add(RecordError.of(field, "required"));
            }
            return Optional.empty();
        }
        Integer number = null;
        if (value.isIntegralNumber()) {
            number = value.canConvertToInt() ? value.intValue() : null;
        } else if (value.isString() && value.asString().strip().matches("\\d{1,3}")) {
            number = Integer.parseInt(value.asString().strip());
        }
        if (number == null || number < min || number > max) {
            errors.add(RecordError.of(field, "out-of-range", min, max));
            return Optional.empty();
        }
        return Optional.of(number);
    }

    private static boolean yesNo(JsonNode node, String field, List<RecordError> errors) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return false;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        String text = value.asString("").strip().toLowerCase(java.util.Locale.ROOT);
        return switch (text) {
            case "1", "true" -> true;
            case "0", "false", "" -> false;
            default -> {
                errors.add(RecordError.of(field, "not-yes-no"));
                yield false;
            }
        };
    }

    private static List<JsonNode> list(JsonNode node, String field, List<RecordError> errors) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            errors.add(RecordError.of(field, "not-a-list"));
            return List.of();
        }
        return value.valueStream().toList();
    }

    /** The sum of the listed fees ({@code MucPhi}, đồng); a fee that is not a whole amount is an error. */
    private static long fees(JsonNode node, List<RecordError> errors) {
        long sum = 0;
        for (JsonNode fee : list(node, "DanhSachLePhi", errors)) {
            JsonNode amount = fee.get("MucPhi");
            if (amount == null || amount.isNull()) {
                continue;
            }
            String text = amount.asString("").strip();
            if (!(amount.isIntegralNumber() || text.matches("\\d{1,12}")) || amount.asLong(-1) < 0) {
                errors.add(RecordError.of("DanhSachLePhi", "not-an-amount"));
                return 0;
            }
            sum += amount.asLong();
        }
        return sum;
    }

    /** The processing steps' times; a step with a time that is not a date is an error. */
    private static List<Instant> history(JsonNode node, List<RecordError> errors) {
        List<Instant> times = new ArrayList<>();
        for (JsonNode step : list(node, "QuaTrinhXuLy", errors)) {
            for (String field : List.of("ThoiDiemXuLy", "NgayBatDau", "NgayKetThucTheoQuyDinh")) {
                JsonNode value = step.get(field);
                if (value == null || value.isNull() || value.asString("").isBlank()) {
                    continue;
                }
                Optional<Instant> at = parseDate(value.asString().strip());
                if (at.isEmpty()) {
                    errors.add(RecordError.of("QuaTrinhXuLy." + field, "not-a-date"));
                } else if (field.equals("ThoiDiemXuLy")) {
                    times.add(at.get());
                }
            }
        }
        return times;
    }
}
