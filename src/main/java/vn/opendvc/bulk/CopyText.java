package vn.opendvc.bulk;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;

/**
 * Rows in the text format of PostgreSQL's {@code COPY … FROM STDIN}, built directly as UTF-8 bytes: a row's values
 * separated by tabs, {@code \N} for null, backslash escapes for the four characters COPY reads. Bytes rather than a
 * {@link StringBuilder}: one Vietnamese letter turned the builder's whole content into two bytes a character, which
 * was then encoded back to UTF-8 to be sent, and that was most of a sync batch's write.
 */
final class CopyText {

    private byte[] bytes;
    private int size;

    CopyText(int expectedBytes) {
        bytes = new byte[Math.max(64, expectedBytes)];
    }

    /** Appends one row: each value as {@link #value} writes it. */
    CopyText row(Object[] values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                put((byte) '\t');
            }
            value(values[i]);
        }
        put((byte) '\n');
        return this;
    }

    InputStream stream() {
        return new ByteArrayInputStream(bytes, 0, size);
    }

    @Override
    public String toString() {
        return new String(bytes, 0, size, StandardCharsets.UTF_8);
    }

    /** Appends one value; an {@link Instant} is a time in UTC, a {@link Utf8Text} goes as its bytes. */
    CopyText value(Object value) {
        // tested most frequent first: this runs for every value of every row
        if (value instanceof String s) {
            escaped(s.getBytes(StandardCharsets.UTF_8));
        } else if (value instanceof Instant instant) {
            utc(instant);
        } else if (value instanceof Long number) {
            ascii(Long.toString(number));
        } else if (value instanceof Boolean b) {
            put((byte) (b ? 't' : 'f'));
        } else if (value instanceof Utf8Text text) {
            escaped(text.bytes());
        } else if (value == null) {
            ascii("\\N");
        } else if (value instanceof Number number) {
            ascii(number.toString());
        } else {
            // a java.sql.Timestamp, say, would print in the JVM's zone without an offset
            throw new IllegalArgumentException("no COPY text for a " + value.getClass().getName());
        }
        return this;
    }

    /**
     * UTF-8 bytes with backslash, tab, newline and carriage return escaped: those are single bytes in UTF-8, never
     * part of a longer character, so the bytes can be searched directly; runs without them are copied whole.
     */
    private void escaped(byte[] text) {
        room(text.length);
        int from = 0;
        for (int i = 0; i < text.length; i++) {
            byte b = text[i];
            if (b == '\\' || b <= '\r' && (b == '\t' || b == '\n' || b == '\r')) {
                copy(text, from, i);
                room(2 + text.length - i);
                bytes[size++] = '\\';
                bytes[size++] = (byte) (b == '\\' ? '\\' : b == '\t' ? 't' : b == '\n' ? 'n' : 'r');
                from = i + 1;
            }
        }
        copy(text, from, text.length);
    }

    /**
     * {@code yyyy-MM-dd HH:mm:ss.nnnnnnnnn+00}, written directly (Instant's own text goes through a formatter); a
     * year before 1 in PostgreSQL's own form ({@code 0001-… BC} is the proleptic year 0), one after 9999 with more
     * digits and no sign.
     */
    private void utc(Instant instant) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
        int year = t.getYear() > 0 ? t.getYear() : 1 - t.getYear();
        String digits = Integer.toString(year);
        if (digits.length() < 4) {
            ascii("000", digits.length() - 1, 3);
        }
        ascii(digits);
        put((byte) '-');
        two(t.getMonthValue()).put((byte) '-');
        two(t.getDayOfMonth()).put((byte) ' ');
        two(t.getHour()).put((byte) ':');
        two(t.getMinute()).put((byte) ':');
        two(t.getSecond());
        if (instant.getNano() > 0) {
            String nanos = Integer.toString(instant.getNano());
            put((byte) '.');
            ascii("000000000", nanos.length(), 9);
            ascii(nanos);
        }
        ascii(t.getYear() > 0 ? "+00" : "+00 BC");
    }

    private CopyText two(int value) {
        put((byte) ('0' + value / 10));
        return put((byte) ('0' + value % 10));
    }

    private void ascii(String text) {
        ascii(text, 0, text.length());
    }

    private void ascii(String text, int from, int to) {
        room(to - from);
        for (int i = from; i < to; i++) {
            bytes[size++] = (byte) text.charAt(i);
        }
    }

    private void copy(byte[] text, int from, int to) {
        System.arraycopy(text, from, bytes, size, to - from);
        size += to - from;
    }

    private CopyText put(byte b) {
        room(1);
        bytes[size++] = b;
        return this;
    }

    private void room(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
