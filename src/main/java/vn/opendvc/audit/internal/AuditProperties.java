package vn.opendvc.audit.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code opendvc.audit.*}: how often the chain head is signed, and with which key.
 *
 * @param checkpoint a checkpoint after {@code everyEntries} entries, or at the first entry {@code every} after the last
 * @param keystore   the PKCS#12 keystore holding the platform's Ed25519 or EC key; empty path: a demo key in the
 *                   database
 */
@ConfigurationProperties("opendvc.audit")
public record AuditProperties(Checkpoint checkpoint, Keystore keystore) {

    public AuditProperties {
        checkpoint = checkpoint == null ? new Checkpoint(0, null) : checkpoint;
        keystore = keystore == null ? new Keystore(null, null, null) : keystore;
    }

    public record Checkpoint(int everyEntries, Duration every) {
        public Checkpoint {
            everyEntries = everyEntries <= 0 ? 100 : everyEntries;
            every = every == null || every.isNegative() || every.isZero() ? Duration.ofMinutes(10) : every;
        }
    }

    public record Keystore(String path, String password, String alias) {
        public Keystore {
            alias = alias == null || alias.isBlank() ? "audit" : alias.strip();
        }

        boolean configured() {
            return path != null && !path.isBlank();
        }

        char[] passwordChars() {
            return password == null ? new char[0] : password.toCharArray();
        }
    }
}
