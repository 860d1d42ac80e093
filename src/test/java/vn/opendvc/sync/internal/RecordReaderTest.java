package vn.opendvc.sync.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.json.JsonMapper;
import vn.opendvc.files.Sha256;

/**
 * Reading one record: its national dates (Vietnam's time, strictly fourteen digits of a real date and time) and the
 * text kept of it.
 */
class RecordReaderTest {

    final JsonMapper json = JsonMapper.builder().build();
    final RecordReader reader = new RecordReader(json);

    @Test
    void aNationalDateIsVietnamTime() {
        assertThat(RecordReader.parseDate("20261123090000")).contains(Instant.parse("2026-11-23T02:00:00Z"));
        assertThat(RecordReader.parseDate("20240229235959")).contains(Instant.parse("2024-02-29T16:59:59Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"20260231120000", "20250229120000", "20261123240000", "20261123096000",
            "20261323090000", "2026112309000", "202611230900000", "2026-11-23", "2026112309000x", "+2026112309000",
            "20261123 90000", ""})
    void anythingElseIsNotADate(String text) {
        assertThat(RecordReader.parseDate(text)).isEmpty();
    }

    @Test
    void aRecordWithAnImpossibleDateIsRefusedOnThatField() {
        var read = reader.read(json.valueToTree(Map.of("MaHoSo", "H40-1", "MaTTHC", "1.001193", "ChuHoSo", "Phạm Thị Hoa",
                "DonViXuLy", "DNG-HAICHAU", "NgayTiepNhan", "20261131090000", "TrangThaiHoSo", 2, "KenhThucHien", 2)));
        assertThat(read.record()).isEmpty();
        assertThat(read.errors()).extracting(RecordError::field, e -> e.reason().code())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("NgayTiepNhan", "sync.record.not-a-date"));
    }

    @Test
    void theRecordTimeIsTheLatestOfItsDatesAndSteps() {
        var read = reader.read(json.valueToTree(Map.of("MaHoSo", "H40-2", "MaTTHC", "1.001193", "ChuHoSo", "Phạm Thị Hoa",
                "DonViXuLy", "DNG-HAICHAU", "NgayTiepNhan", "20261123090000", "TrangThaiHoSo", 4, "KenhThucHien", 2,
                "QuaTrinhXuLy", java.util.List.of(Map.of("ThoiDiemXuLy", "20261124143000"),
                        Map.of("ThoiDiemXuLy", "20261123100000")))));
        assertThat(read.record()).get().extracting(NationalRecord::recordTime, NationalRecord::steps)
                .containsExactly(Instant.parse("2026-11-24T07:30:00Z"), 2);
    }

    /**
     * The stored text and its hash are the record's compact JSON in UTF-8, byte for byte what the string form gave:
     * a record sent again after an upgrade is still seen as the same record.
     */
    @Test
    void theStoredTextIsTheCompactRecordAndItsHashIsUnchanged() {
        String sent = """
                { "MaHoSo": "H40-3", "MaTTHC": "1.001193", "ChuHoSo": "Phạm \\"Út\\" 𠀋",
                  "DonViXuLy": "DNG-HAICHAU", "NgayTiepNhan": "20261123090000", "TrangThaiHoSo": 2,
                  "KenhThucHien": "2", "TyLe": 12.5, "DanhSachLePhi": [ { "MucPhi": 50000 } ],
                  "TrichYeuHoSo": "Dòng 1\\nDòng 2\\t☎" }""";
        var node = json.readTree(sent);
        String before = json.writeValueAsString(node);
        NationalRecord record = reader.read(node).record().orElseThrow();
        assertThat(new String(record.json(), StandardCharsets.UTF_8)).isEqualTo(before).doesNotContain("\n  ");
        assertThat(record.hash()).isEqualTo(Sha256.hex(before));
    }

    /** Half a surrogate pair alone is no character: it stays the escape it was sent as. */
    @Test
    void aTextWithHalfASurrogatePairKeepsItsEscape() {
        var node = json.readTree("""
                {"MaHoSo": "H40-4", "MaTTHC": "1.001193", "ChuHoSo": "Phạm Thị Hoa", "DonViXuLy": "DNG-HAICHAU",
                 "NgayTiepNhan": "20261123090000", "TrangThaiHoSo": 2, "KenhThucHien": 2,
                 "TrichYeuHoSo": "a\\ud800b"}""");
        NationalRecord record = reader.read(node).record().orElseThrow();
        assertThat(new String(record.json(), StandardCharsets.UTF_8)).contains("\"TrichYeuHoSo\":\"a\\uD800b\"");
        assertThat(record.hash()).isEqualTo(Sha256.hex(record.json()));
    }
}
