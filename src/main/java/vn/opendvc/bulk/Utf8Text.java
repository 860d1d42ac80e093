package vn.opendvc.bulk;

import java.nio.charset.StandardCharsets;

/**
 * Text already encoded as UTF-8 (a JSON document written as bytes, say): {@link BulkInsert} copies the bytes as they
 * are instead of encoding the text once more, and gives JDBC the text.
 */
public final class Utf8Text {

    private final byte[] bytes;

    /** @param bytes UTF-8, not copied: the caller does not change them afterwards */
    public Utf8Text(byte[] bytes) {
        this.bytes = bytes;
    }

    byte[] bytes() {
        return bytes;
    }

    @Override
    public String toString() {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
