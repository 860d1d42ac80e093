package vn.opendvc.sync.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.json.JsonMapper;

/** Reading one record's national dates: Vietnam's time, strictly fourteen digits of a real date and time. */
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
}
