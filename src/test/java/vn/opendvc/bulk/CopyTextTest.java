package vn.opendvc.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Values in the text format PostgreSQL's COPY reads. */
class CopyTextTest {

    @Test
    void textKeepsEveryCharacterCopyWouldOtherwiseRead() {
        assertThat(copy("Trần\tThị\\Bích\nNgọc\r")).isEqualTo("Trần\\tThị\\\\Bích\\nNgọc\\r");
        assertThat(copy("{\"ChuHoSo\":\"Phạm \\\"Út\\\"\"}")).isEqualTo("{\"ChuHoSo\":\"Phạm \\\\\"Út\\\\\"\"}");
        assertThat(copy("\\N")).as("the text backslash-N, not null").isEqualTo("\\\\N");
        assertThat(copy("")).isEmpty();
    }

    @Test
    void nullsYesNoNumbersAndTimes() {
        assertThat(copy(null)).isEqualTo("\\N");
        assertThat(copy(true) + copy(false)).isEqualTo("tf");
        assertThat(copy(42L) + "/" + copy(7)).isEqualTo("42/7");
        assertThat(copy(Instant.parse("2026-11-23T02:05:09Z"))).isEqualTo("2026-11-23 02:05:09+00");
        assertThat(copy(Instant.parse("2026-01-02T03:04:05.000120Z"))).isEqualTo("2026-01-02 03:04:05.000120000+00");
        assertThat(copy(Instant.parse("0999-12-31T23:59:59Z"))).isEqualTo("0999-12-31 23:59:59+00");
        assertThat(copy(Instant.parse("0000-12-31T16:53:00Z"))).as("year 0 is 1 BC")
                .isEqualTo("0001-12-31 16:53:00+00 BC");
        assertThat(copy(Instant.parse("+10000-01-01T00:00:00Z"))).isEqualTo("10000-01-01 00:00:00+00");
        assertThat(copy(new java.math.BigDecimal("12.50"))).isEqualTo("12.50");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> copy(java.sql.Timestamp.from(Instant.EPOCH)))
                .as("no text in the JVM's zone").isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void utf8TextGoesAsItsBytesEscapedAlike() {
        byte[] json = "{\"ChuHoSo\":\"Lê \\\"Bé\\\"\tđi\",\"Ghi\":\"𠀋\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(copy(new Utf8Text(json))).isEqualTo("{\"ChuHoSo\":\"Lê \\\\\"Bé\\\\\"\\tđi\",\"Ghi\":\"𠀋\"}");
    }

    @Test
    void rowsAreTabSeparatedAndEndInANewline() {
        CopyText text = new CopyText(0);
        text.row(new Object[] {1L, "Đà Nẵng", null}).row(new Object[] {2L, "Huế", true});
        assertThat(text.toString()).isEqualTo("1\tĐà Nẵng\t\\N\n2\tHuế\tt\n");
        assertThat(text.stream()).hasBinaryContent(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String copy(Object value) {
        return new CopyText(0).value(value).toString();
    }
}
