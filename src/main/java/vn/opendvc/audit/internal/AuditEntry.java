package vn.opendvc.audit.internal;

import java.time.Instant;
import java.util.TreeMap;

import vn.opendvc.files.Sha256;

/**
 * One entry of the chain as stored. Its hash is SHA-256 of the previous entry's hash (hex) followed by the canonical
 * JSON of everything else it records, so changing any column, the order or the numbering breaks the chain.
 *
 * @param content the canonical JSON of what happened (keys sorted, no spaces)
 */
public record AuditEntry(long seq, Instant at, String actor, String kind, String subject, String content,
        String previousHash, String hash) {

    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    /** The hash this entry must have, computed from its columns. */
    public String expectedHash() {
        return hashOf(seq, at, actor, kind, subject, content, previousHash);
    }

    static String hashOf(long seq, Instant at, String actor, String kind, String subject, String content,
            String previousHash) {
        TreeMap<String, Object> fields = new TreeMap<>();
        fields.put("actor", actor);
        fields.put("at", at.toString());
        fields.put("content", content);
        fields.put("kind", kind);
        fields.put("seq", seq);
        fields.put("subject", subject);
        return Sha256.hex(previousHash + CanonicalJson.write(fields));
    }
}
